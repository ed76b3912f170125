package nl.plekwijzer.notification.report;

import java.time.YearMonth;

/**
 * The monthly report as Dutch spreadsheets open it: UTF-8 with a byte-order mark, semicolons, one
 * row per figure with its code, its Dutch name and a column per month; fewer than five youths as
 * "<5", a month nothing is known of empty.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String of(MonthlyReport report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("code;omschrijving");
        for (YearMonth month : report.months()) {
            csv.append(';').append(month);
        }
        csv.append("\r\n");
        for (String name : report.names()) {
            csv.append(name).append(';').append(quoted(ReportLabels.of(name)));
            for (YearMonth month : report.months()) {
                csv.append(';').append(MonthlyReport.text(report.cell(name, month)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
