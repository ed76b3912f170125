package nl.plekwijzer.notification.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.plekwijzer.notification.figures.FigureCalculator;

/**
 * A municipality's (or the region's) monthly report: the figures at the end of the month and of the
 * eleven months before it ({@code endOfMonth}: the months figures are known of; a null figure
 * counts fewer than five youths).
 *
 * @param scope a municipality code, or REGION
 */
public record MonthlyReport(String scope, YearMonth month, List<YearMonth> months,
        Map<YearMonth, Map<String, Long>> endOfMonth) {

    /** How many months a report looks back, the month itself included. */
    public static final int MONTHS = 12;

    /** What a report shows for one figure in one month. */
    public sealed interface Cell {
        /** Nothing known, or nothing to measure. */
        record None() implements Cell {
        }

        /** Fewer than five youths. */
        record Suppressed() implements Cell {
        }

        record Number(long value) implements Cell {
        }
    }

    public static MonthlyReport of(String scope, YearMonth month, Map<YearMonth, Map<String, Long>> endOfMonth) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(month.minusMonths(i));
        }
        return new MonthlyReport(scope, month, List.copyOf(months), Map.copyOf(endOfMonth));
    }

    /** Every figure named in any of the months, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        endOfMonth.values().forEach(figures -> names.addAll(figures.keySet()));
        return names;
    }

    /** A figure in one month; one a known month does not name is 0 when it counts (no unit of that kind, say). */
    public Cell cell(String name, YearMonth in) {
        Map<String, Long> figures = endOfMonth.get(in);
        if (figures == null) {
            return new Cell.None();
        }
        if (!figures.containsKey(name)) {
            return FigureCalculator.isMeasure(name) ? new Cell.None() : new Cell.Number(0);
        }
        Long value = figures.get(name);
        if (value == null) {
            // A measure without value (nothing, or too few, to measure) is no small count.
            return FigureCalculator.isMeasure(name) ? new Cell.None() : new Cell.Suppressed();
        }
        return new Cell.Number(value);
    }

    /** As people read a cell: the number, "<5", or empty. */
    public static String text(Cell cell) {
        if (cell instanceof Cell.Number number) {
            return Long.toString(number.value());
        }
        return cell instanceof Cell.Suppressed ? "<5" : "";
    }
}
