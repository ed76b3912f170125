package nl.plekwijzer.intake.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;

class WaitlistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Stands in for the keyed pseudonymizer: what matters here is that the BSN does not stay. */
    private static final UnaryOperator<String> PSEUDONYM = bsn -> "pseudonym-of-" + bsn.hashCode();

    @Test
    void aCsvWithBadRowsKeepsTheGoodOnesAndReportsEachBadFieldWithItsRow() {
        String csv = """
                providerEntryId;bsn;givenName;familyNamePrefix;familyName;birthDate;gender;postcode;careFunction;registeredOn
                W-1;123456782;Fenna;de;Vries;2013-04-02;F;2032 ab;FAMILY_HOME;2026-09-14
                W-2;123456781;Noah;;Bakker;2012-01-09;M;2031AB;FAMILY_HOME;2026-10-01
                W-3;;Sara;van den;Berg;2030-01-01;V;20;HOTEL;2026-10-01
                "W-4";;"Yusuf";;"El Amrani";2011-07-30;m;1012 AB;treatment_group;
                """;

        WaitlistCsv.Rows rows = WaitlistCsv.read(csv);
        WaitlistRows.Checked checked = WaitlistRows.check(rows.rows(), 2, TODAY, PSEUDONYM);

        assertThat(rows.errors()).isEmpty();
        assertThat(checked.entries()).extracting(WaitlistEntry::providerEntryId).containsExactly("W-1", "W-4");
        assertThat(checked.errors()).containsExactly(
                new RowError(3, "bsn", "is not a valid BSN (8 or 9 digits passing the eleven-test)"),
                new RowError(4, "birthDate", "must be in the past"),
                new RowError(4, "gender", "is not one of the allowed values [F, M, X]"),
                new RowError(4, "postcode", "is not a Dutch postcode like 1234AB"),
                new RowError(4, "careFunction", "is not one of the allowed values "
                        + java.util.Arrays.toString(UnitKind.values())));
        WaitlistEntry first = checked.entries().get(0);
        assertThat(first.postcode()).isEqualTo("2032AB");
        assertThat(first.youthPseudonym()).isEqualTo(PSEUDONYM.apply("123456782"));
        WaitlistEntry fourth = checked.entries().get(1);
        assertThat(fourth.gender()).isEqualTo(Gender.M);
        assertThat(fourth.careFunction()).isEqualTo(UnitKind.TREATMENT_GROUP);
        assertThat(fourth.youthPseudonym()).isNull();
        assertThat(fourth.registeredOn()).isNull();
        assertThat(checked.errors()).noneMatch(e -> e.reason().contains("123456781"));
        assertThat(checked.refusedEntryIds()).containsExactly("W-2", "W-3");
    }

    @Test
    void commasWorkAsWellAndTheHeaderMayBeInAnyOrderAndCase() {
        String csv = "\uFEFFFAMILYNAME,givenname,providerEntryId,birthDate,gender,postcode,careFunction\n"
                + "\"Jansen-de Vries\",Daan,7,2014-02-01,M,3011AB,RESIDENTIAL_GROUP\n";

        WaitlistRows.Checked checked = WaitlistRows.check(WaitlistCsv.read(csv).rows(), 2, TODAY, PSEUDONYM);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.entries()).singleElement().satisfies(e -> {
            assertThat(e.familyName()).isEqualTo("Jansen-de Vries");
            assertThat(e.givenName()).isEqualTo("Daan");
        });
    }

    @Test
    void aHeaderWithUnknownOrMissingColumnsIsRefusedAsAWhole() {
        WaitlistCsv.Rows rows = WaitlistCsv.read("providerEntryId;naam;birthDate\nW-1;Fenna;2013-04-02\n");

        assertThat(rows.rows()).isEmpty();
        assertThat(rows.errors()).extracting(RowError::row).containsOnly(1);
        assertThat(rows.errors()).extracting(RowError::field)
                .contains("column 2", "givenName", "familyName", "gender", "postcode", "careFunction");
    }

    @Test
    void aSecondRowWithTheSameEntryIdIsRefused() {
        String csv = """
                providerEntryId,givenName,familyName,birthDate,gender,postcode,careFunction
                W-1,Fenna,Vries,2013-04-02,F,2032AB,FAMILY_HOME
                W-1,Noah,Bakker,2012-01-09,M,2031AB,FAMILY_HOME
                """;

        WaitlistRows.Checked checked = WaitlistRows.check(WaitlistCsv.read(csv).rows(), 2, TODAY, PSEUDONYM);

        assertThat(checked.entries()).hasSize(1);
        assertThat(checked.errors()).containsExactly(new RowError(3, "providerEntryId", "is also on row 2"));
        assertThat(checked.refusedEntryIds()).as("the first W-1 stands").isEmpty();
    }

    @Test
    void replacingAListYieldsExactlyTheDifferences() {
        WaitlistEntry kept = entry("W-1", "Fenna", "2032AB");
        WaitlistEntry moved = entry("W-2", "Noah", "2031AB");
        WaitlistEntry gone = entry("W-3", "Sara", "2030AB");
        WaitlistEntry movedNow = entry("W-2", "Noah", "1012AB");
        WaitlistEntry fresh = entry("W-4", "Yusuf", "1013AB");

        WaitlistDiff diff = WaitlistDiff.between(List.of(kept, moved, gone), List.of(fresh, movedNow, kept));

        assertThat(diff.added()).containsExactly(fresh);
        assertThat(diff.changed()).containsExactly(movedNow);
        assertThat(diff.removed()).containsExactly(gone);
        assertThat(WaitlistDiff.between(List.of(kept, moved), List.of(moved, kept)).isEmpty()).isTrue();
    }

    @Test
    void aJsonListGoesThroughTheSameChecksAndRefusesUnknownFields() {
        List<Map<String, Object>> entries = List.of(
                Map.of("providerEntryId", 17, "givenName", "Daan", "familyName", "Jansen", "birthDate", "2014-02-01",
                        "gender", "M", "postcode", "3011 ab", "careFunction", "FOSTER_CARE", "municipalityCode", "GM0599"),
                Map.of("providerEntryId", "18", "naam", "Sem"));

        WaitlistCsv.Rows rows = WaitlistJson.read(entries);
        WaitlistRows.Checked checked = WaitlistRows.check(rows.rows().subList(0, 1), 1, TODAY, PSEUDONYM);

        assertThat(rows.errors()).containsExactly(new RowError(2, "naam",
                "is not a waiting-list field; expected " + WaitlistRows.FIELDS));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.entries()).singleElement().satisfies(e -> {
            assertThat(e.providerEntryId()).isEqualTo("17");
            assertThat(e.postcode()).isEqualTo("3011AB");
            assertThat(e.municipalityCode()).isEqualTo("GM0599");
        });
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaOrThatHoldsAControlCharacterIsRefused() {
        String csv = "providerEntryId;givenName;familyName;birthDate;gender;postcode;careFunction\n"
                + "W-1;=1+2;Vries;2013-04-02;F;2032AB;FAMILY_HOME\n"
                + "W-2;Fenna;+cmd|' /C calc'!A0;2013-04-02;F;2032AB;FAMILY_HOME\n"
                + "W-3;Fen\u0000na;Vries;2013-04-02;F;2032AB;FAMILY_HOME\n"
                + "W-4;Fenna;de Vries;2013-04-02;F;2032AB;FAMILY_HOME\n";

        WaitlistRows.Checked checked = WaitlistRows.check(WaitlistCsv.read(csv).rows(), 2, TODAY, PSEUDONYM);

        assertThat(checked.errors()).extracting(RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "givenName"), org.assertj.core.groups.Tuple.tuple(3, "familyName"),
                org.assertj.core.groups.Tuple.tuple(4, "givenName"));
        assertThat(checked.entries()).extracting(WaitlistEntry::providerEntryId).containsExactly("W-4");
    }

    @Test
    void aNameLongerThanTheFormAllowsIsRefusedWithoutQuotingIt() {
        String longName = "Fenna".repeat(2_000);
        String csv = "providerEntryId;givenName;familyNamePrefix;familyName;birthDate;gender;postcode;careFunction\n"
                + "W-1;" + longName + ";;Vries;2013-04-02;F;2032AB;FAMILY_HOME\n"
                + "W-2;Fenna;" + "van ".repeat(13) + ";Vries;2013-04-02;F;2032AB;FAMILY_HOME\n"
                + "W-3;" + "x".repeat(200) + ";;" + "y".repeat(200) + ";2013-04-02;F;2032AB;FAMILY_HOME\n";

        WaitlistRows.Checked checked = WaitlistRows.check(WaitlistCsv.read(csv).rows(), 2, TODAY, PSEUDONYM);

        assertThat(checked.errors()).containsExactly(new RowError(2, "givenName", "is longer than 200 characters"),
                new RowError(3, "familyNamePrefix", "is longer than 50 characters"));
        assertThat(checked.errors().toString()).doesNotContain("Fenna", "van");
        assertThat(checked.entries()).extracting(WaitlistEntry::providerEntryId).containsExactly("W-3");
    }

    @Test
    void aMunicipalityCodeMustBeACbsCode() {
        String csv = "providerEntryId,givenName,familyName,birthDate,gender,postcode,careFunction,municipalityCode\n"
                + "W-1,Fenna,Vries,2013-04-02,F,2032AB,FAMILY_HOME,Haarlem\n";

        WaitlistRows.Checked checked = WaitlistRows.check(WaitlistCsv.read(csv).rows(), 2, TODAY, PSEUDONYM);

        assertThat(checked.errors()).containsExactly(
                new RowError(2, "municipalityCode", "is not a CBS code: GM followed by 4 digits"));
        assertThat(checked.refusedEntryIds()).containsExactly("W-1");
    }

    @Test
    void anEntryNeverPrintsItsPersonalData() {
        assertThat(entry("W-1", "Fenna", "2032AB").toString()).isEqualTo("WaitlistEntry[W-1]");
    }

    private static WaitlistEntry entry(String id, String givenName, String postcode) {
        return new WaitlistEntry(id, null, givenName, null, "Vries", LocalDate.of(2013, 4, 2), Gender.F, postcode,
                null, UnitKind.FAMILY_HOME, LocalDate.of(2026, 9, 14));
    }
}
