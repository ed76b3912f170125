package nl.plekwijzer.matching.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

import nl.plekwijzer.matching.engine.GeoPoint;

/**
 * Centroids of areas by code (a CBS municipality code, or a PC4 postcode area), read from a table
 * {@code code;name;latitude;longitude} with a header; lines starting with {@code #} are comments.
 */
public final class Centroids {

    private final Map<String, GeoPoint> byCode;

    private Centroids(Map<String, GeoPoint> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static Centroids none() {
        return new Centroids(Map.of());
    }

    public static Centroids read(Reader table) throws IOException {
        Map<String, GeoPoint> byCode = new HashMap<>();
        BufferedReader lines = new BufferedReader(table);
        boolean header = true;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = line.split("[;,]");
            if (fields.length < 4) {
                throw new IOException("Line " + lineNumber + " has no code;name;latitude;longitude");
            }
            try {
                byCode.put(fields[0].strip(), new GeoPoint(Double.parseDouble(fields[2].strip()),
                        Double.parseDouble(fields[3].strip())));
            } catch (NumberFormatException e) {
                throw new IOException("Line " + lineNumber + ": latitude and longitude must be numbers", e);
            }
        }
        return new Centroids(byCode);
    }

    /** The centroid of the area, or null when the table does not know it. */
    public GeoPoint of(String code) {
        return code == null ? null : byCode.get(code);
    }

    public int size() {
        return byCode.size();
    }
}
