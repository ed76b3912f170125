package nl.plekwijzer.intake.waitlist;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a waiting list sent as CSV: UTF-8, a header row naming the fields (in any order and case),
 * separated by {@code ;} or {@code ,} (whichever the header uses), with quoting as usual.
 */
public final class WaitlistCsv {

    /** The rows as field values by name; or why the file as a whole cannot be read. */
    public record Rows(List<Map<String, String>> rows, List<RowError> errors) {
    }

    private static final Map<String, String> FIELD_BY_LOWER_NAME = new LinkedHashMap<>();

    static {
        WaitlistRows.FIELDS.forEach(f -> FIELD_BY_LOWER_NAME.put(f.toLowerCase(Locale.ROOT), f));
    }

    private WaitlistCsv() {
    }

    public static Rows read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int headerEnd = content.indexOf('\n');
        String headerLine = headerEnd < 0 ? content : content.substring(0, headerEnd);
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';

        List<String> columns = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String[] header = headerLine.split(String.valueOf(separator), -1);
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().replace("\"", "");
            String field = FIELD_BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                // Named by position: a list sent without its header line has a youth's data here.
                errors.add(new RowError(1, "column " + (i + 1), "is not a waiting-list field; expected "
                        + WaitlistRows.FIELDS));
            }
            columns.add(field == null ? name : field);
        }
        for (String required : List.of("providerEntryId", "givenName", "familyName", "birthDate", "gender",
                "postcode", "careFunction")) {
            if (!columns.contains(required)) {
                errors.add(new RowError(1, required, "column is missing"));
            }
        }
        if (!errors.isEmpty()) {
            return new Rows(List.of(), errors);
        }

        CsvSchema schema = CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).build()
                .withColumnSeparator(separator).withSkipFirstDataRow(true);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> iterator = new CsvMapper()
                .enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readerForMapOf(String.class).with(schema).readValues(content)) {
            while (iterator.hasNext()) {
                rows.add(iterator.next());
            }
        } catch (IOException | RuntimeException e) {
            // The parser's message quotes the text it stopped at: say only what is wrong.
            String why = String.valueOf(e.getMessage()).startsWith("Too many entries")
                    ? "has more fields than the header" : "cannot be read as CSV (an unclosed quote, say)";
            return new Rows(List.of(), List.of(new RowError(rows.size() + 2, "row", why)));
        }
        return new Rows(rows, List.of());
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(c -> c == wanted).count();
    }
}
