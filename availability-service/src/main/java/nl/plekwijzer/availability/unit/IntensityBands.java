package nl.plekwijzer.availability.unit;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The intensity categories, from configuration: each band has an upper bound (inclusive) in hours
 * per youth per 24 hours. An intensity falls in the first band whose bound it does not exceed;
 * above the highest bound it falls in the highest band. More bands can be added as groups shrink.
 */
public final class IntensityBands {

    private record Band(String name, BigDecimal upTo) {
    }

    private final List<Band> ascending;

    public IntensityBands(Map<String, BigDecimal> upperBoundsByName) {
        if (upperBoundsByName.isEmpty()) {
            throw new IllegalArgumentException("At least one intensity band is needed");
        }
        this.ascending = upperBoundsByName.entrySet().stream()
                .map(e -> new Band(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Band::upTo))
                .toList();
    }

    /** @return the band's name, or null when the intensity is not known */
    public String bandOf(BigDecimal intensity) {
        if (intensity == null) {
            return null;
        }
        return ascending.stream()
                .filter(band -> intensity.compareTo(band.upTo()) <= 0)
                .findFirst()
                .orElse(ascending.get(ascending.size() - 1))
                .name();
    }
}
