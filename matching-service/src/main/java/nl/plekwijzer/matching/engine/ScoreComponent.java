package nl.plekwijzer.matching.engine;

import java.util.EnumMap;
import java.util.Map;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.UnitKind;

/**
 * The soft scores, each in 0..1 (higher is better). A component that cannot be judged for a pair
 * (an unknown location) is 0.5 for every unit, so it does not change the order.
 */
public enum ScoreComponent {

    /** The share of the needed specialties the unit covers; 1 when none are needed. */
    EXPERTISE {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            var needed = p.request().specialties();
            if (needed.isEmpty()) {
                return 1;
            }
            long covered = needed.stream().filter(p.unit().specialties()::contains).count();
            return (double) covered / needed.size();
        }
    },
    /** Rule 5, as light as possible: home-like kinds first, then lower stay intensity. */
    LIGHTNESS {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            double kind = KIND_LIGHTNESS.get(p.unit().kind());
            if (p.unit().stayIntensity() == null) {
                return kind;
            }
            double intensity = Math.min(p.unit().stayIntensity().doubleValue(), settings.heaviestIntensity());
            return 0.5 * kind + 0.5 * (1 - intensity / settings.heaviestIntensity());
        }
    },
    /** Rule 10: close to home. Linear from 1 at home to 0 at the horizon and beyond. */
    DISTANCE_HOME {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            return p.homeKm() == null ? UNKNOWN : closeness(p.homeKm(), settings);
        }
    },
    /** Rule 10: close to school. */
    DISTANCE_SCHOOL {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            GeoPoint school = p.request().school();
            return school == null || p.unit().location() == null ? UNKNOWN
                    : closeness(school.kmTo(p.unit().location()), settings);
        }
    },
    /**
     * Rule 1, the light: ORANGE (a place only after consultation) ranks below an otherwise equal
     * GREEN; no light yet is neither. RED never gets here (a hard rule).
     */
    LIGHT {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            if (p.unit().light() == Light.GREEN) {
                return 1;
            }
            return p.unit().light() == Light.ORANGE ? 0 : UNKNOWN;
        }
    },
    /** Rule 2: a stale status weighs less. */
    FRESHNESS {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            return p.unit().stale() ? 0 : 1;
        }
    },
    /**
     * Rules 4 and 5: a youth who needs treatment is better off where it is given on site; a stay
     * elsewhere means treatment arranged with another provider ("stapelen"). Neither when no
     * treatment is needed.
     */
    TREATMENT_ON_SITE {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            if (!p.request().treatmentNeeded()) {
                return UNKNOWN;
            }
            return p.unit().treatmentOnSite() ? 1 : 0;
        }
    },
    /** The provider the youth came from. */
    CONTINUITY {
        @Override
        double score(Pair p, Scoring.Settings settings) {
            return p.request().previousProviderId() != null
                    && p.request().previousProviderId().equals(p.unit().providerId()) ? 1 : 0;
        }
    };

    static final double UNKNOWN = 0.5;

    /** Home-like forms before groups, groups before secure care (domain rule 5). */
    static final Map<UnitKind, Double> KIND_LIGHTNESS = new EnumMap<>(Map.of(
            UnitKind.FOSTER_CARE, 1.0,
            UnitKind.FAMILY_HOME, 0.9,
            UnitKind.RESPITE, 0.8,
            UnitKind.SUPPORTED_INDEPENDENCE, 0.7,
            UnitKind.CRISIS_BED, 0.6,
            UnitKind.RESIDENTIAL_GROUP, 0.5,
            UnitKind.CRISIS_GROUP, 0.4,
            UnitKind.TREATMENT_GROUP, 0.3,
            UnitKind.SECURE_CARE, 0.0));

    abstract double score(Pair pair, Scoring.Settings settings);

    private static double closeness(double km, Scoring.Settings settings) {
        return Math.max(0, 1 - km / settings.distanceHorizonKm());
    }
}
