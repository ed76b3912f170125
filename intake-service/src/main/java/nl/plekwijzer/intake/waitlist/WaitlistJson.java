package nl.plekwijzer.intake.waitlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a waiting list sent as JSON ({@code {"entries": [...]}}) into the same text fields as a CSV
 * row, so both go through the same checks. Entry {@code i} (0-based) is row {@code i + 1}; a field
 * that is not a waiting-list field is an error of that row.
 */
public final class WaitlistJson {

    private WaitlistJson() {
    }

    public static WaitlistCsv.Rows read(List<Map<String, Object>> entries) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i) == null ? Map.of() : entries.get(i);
            Map<String, String> row = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : entry.entrySet()) {
                if (!WaitlistRows.FIELDS.contains(field.getKey())) {
                    errors.add(new RowError(i + 1, field.getKey(), "is not a waiting-list field; expected "
                            + WaitlistRows.FIELDS));
                } else if (field.getValue() instanceof Map || field.getValue() instanceof List) {
                    errors.add(new RowError(i + 1, field.getKey(), "must be a text, number or date, not a structure"));
                } else if (field.getValue() != null) {
                    row.put(field.getKey(), field.getValue().toString());
                }
            }
            rows.add(row);
        }
        return new WaitlistCsv.Rows(rows, errors);
    }
}
