package nl.plekwijzer.notification.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The monthly report as a PDF to attach to a council document: the month's key figures, then
 * charts of capacity, waiting time per care function, the flows and the waiting list over twelve
 * months. Fewer than five youths read "<5"; they and a month nothing is known of are left out of a chart.
 */
public final class ReportPdf {

    /** The figures in the table, in this order. */
    static final List<String> KEY_FIGURES = List.of("places", "availablePlaces", "occupiedPlaces", "occupancyPercent",
            "heldForProposals", "staleUnitsPercent", "waitingYouths", "medianWaitingDays", "p90WaitingDays",
            "activePlacements", "bridgingPlacements", "crisisStaysPast28Days", "inflow", "throughflow", "replacements",
            "outflow", "declinedProposals", "unmetNeeds");

    private static final float MARGIN = 50;

    private ReportPdf() {
    }

    /** @param title e.g. "Gemeente GM0153" or "Regio" */
    public static byte[] of(MonthlyReport report, String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream page = new PDPageContentStream(document, first)) {
                float y = first.getMediaBox().getHeight() - MARGIN;
                y = text(page, bold, 16, MARGIN, y, "Maandrapportage jeugdhulp met verblijf");
                y = text(page, regular, 12, MARGIN, y - 4, title + " – " + report.month());
                y = text(page, regular, 9, MARGIN, y - 2, "plekwijzer, coördinatiepunt Wonen & Verblijf. Alleen"
                        + " totalen; aantallen jeugdigen van 1 tot 4 staan als \"<5\".");
                y -= 14;
                for (String name : KEY_FIGURES) {
                    String value = MonthlyReport.text(report.cell(name, report.month()));
                    text(page, regular, 10, MARGIN, y, ReportLabels.of(name));
                    text(page, bold, 10, MARGIN + 330, y, value);
                    y -= 15;
                }
                y -= 10;
                image(document, page, chart(ChartFactory.createBarChart("Wachttijd per zorgfunctie (mediaan, dagen)",
                        null, "dagen", perCareFunction(report, "medianWaitingDays"), PlotOrientation.HORIZONTAL,
                        false, false, false)), MARGIN, y - 250, 495, 250);
            }
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(second);
            try (PDPageContentStream page = new PDPageContentStream(document, second)) {
                float top = second.getMediaBox().getHeight() - MARGIN;
                image(document, page, chart(ChartFactory.createLineChart("Capaciteit, laatste 12 maanden", null,
                        "plaatsen", overMonths(report, List.of("places", "availablePlaces", "occupiedPlaces")),
                        PlotOrientation.VERTICAL, true, false, false)), MARGIN, top - 230, 495, 230);
                image(document, page, chart(ChartFactory.createBarChart("In-, door- en uitstroom per maand", null,
                        "jeugdigen", overMonths(report, List.of("inflow", "throughflow", "outflow")),
                        PlotOrientation.VERTICAL, true, false, false)), MARGIN, top - 475, 495, 230);
                image(document, page, chart(ChartFactory.createLineChart("Wachtende jeugdigen (ontdubbeld)", null,
                        "jeugdigen", overMonths(report, List.of("waitingYouths")), PlotOrientation.VERTICAL, false,
                        false, false)), MARGIN, top - 720, 495, 230);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The monthly report could not be made", e);
        }
    }

    private static DefaultCategoryDataset overMonths(MonthlyReport report, List<String> names) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String name : names) {
            for (YearMonth month : report.months()) {
                data.addValue(report.cell(name, month) instanceof MonthlyReport.Cell.Number number ? number.value()
                        : null, ReportLabels.of(name), month.toString());
            }
        }
        return data;
    }

    private static DefaultCategoryDataset perCareFunction(MonthlyReport report, String base) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String name : report.names()) {
            if (name.startsWith(base + ".")
                    && report.cell(name, report.month()) instanceof MonthlyReport.Cell.Number number) {
                data.addValue(number.value(), base, name.substring(base.length() + 1));
            }
        }
        return data;
    }

    private static BufferedImage chart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        return chart.createBufferedImage(990, 460);
    }

    private static void image(PDDocument document, PDPageContentStream page, BufferedImage image, float x, float y,
            float width, float height) throws IOException {
        PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
        page.drawImage(xobject, x, y, width, height);
    }

    private static float text(PDPageContentStream page, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
        return y - size - 4;
    }
}
