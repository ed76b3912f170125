package nl.plekwijzer.intake.waitlist;

/** Why one row of a waiting list was refused; row 1 is the CSV header, data rows start at 2. */
public record RowError(int row, String field, String reason) {
}
