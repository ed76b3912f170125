package nl.plekwijzer.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;

/**
 * The rules a unit must pass to be suggested for a request at all (docs/domain.md). Each is
 * named, so that an explanation lists the rules passed. Rule 8 (no youth with LVB alone in a GGZ
 * treatment place) is kept by DOMAINS_COVERED: such a unit does not cover the youth's domain. A unit that breaks several counts as
 * excluded by the first, in this order (so the counts add up to the units excluded); near misses
 * list every rule they break.
 */
public enum HardRule {

    /** First: matching looks only at units of the acceptable kinds, and counts the rest here. */
    KIND_ACCEPTABLE(p -> p.request().acceptableKinds().contains(p.unit().kind())),
    /** A place that can be taken now, or one expected free by the day care is needed. */
    PLACE_AVAILABLE(p -> p.unit().availablePlaces() > 0
            || p.unit().expectedAvailableFrom() != null
                    && !p.unit().expectedAvailableFrom().isAfter(p.request().neededFrom())),
    AGE_IN_RANGE(p -> p.request().ageYears() >= p.unit().ageMin() && p.request().ageYears() <= p.unit().ageMax()),
    GENDER_ACCEPTED(p -> p.unit().genders().contains(p.request().gender())),
    DOMAINS_COVERED(p -> p.unit().domains().containsAll(p.request().domains())),
    CRISIS_ACCEPTED(p -> !p.request().isCrisis() || p.unit().acceptsCrisis()),
    /** Rule 7: under-12s go to (crisis) foster care or a family home, never a crisis group, whatever the urgency. */
    NO_CRISIS_GROUP_UNDER_12(p -> !(p.request().ageYears() < 12 && p.unit().kind() == UnitKind.CRISIS_GROUP)),
    /** Rule 7: a crisis place (crisis group, crisis bed) is for a youth in crisis only. */
    NO_CRISIS_PLACE_WITHOUT_CRISIS(p -> p.request().isCrisis() || !isCrisisPlace(p.unit().kind())),
    /** Rule 7: crisis youths are not mixed into regular groups. */
    NO_CRISIS_IN_REGULAR_GROUP(p -> !(p.request().isCrisis() && isRegularGroup(p.unit().kind()))),
    /** Rule 9: a confidential placement only where such placements are accepted. */
    CONFIDENTIAL_ACCEPTED(p -> !p.request().confidential() || p.unit().acceptsConfidential()),
    /** Rule 21: a short stay where short stays are offered (respite, harmonica), a long one where long stays are. */
    STAY_LENGTH_OFFERED(p -> p.unit().stayLengths().contains(p.request().isShortStay() ? StayLength.SHORT : StayLength.LONG)),
    /** Rule 23: a parent with the child only where the unit takes them. */
    FAMILY_ADMISSION_ACCEPTED(p -> !p.request().familyAdmission() || p.unit().acceptsFamilyAdmission()),
    /**
     * Rule 18: a request from a partner region only to units of a back-up pool shared with that
     * region. Not a judgement of fit but an agreement between regions: no override passes it.
     */
    SHARED_WITH_REQUESTS_REGION(p -> p.request().region() == null
            || p.unit().backupPoolRegions().contains(p.request().region()), false),
    STAY_INTENSITY_WITHIN_MAX(p -> p.request().stayIntensityMax() == null || p.unit().stayIntensity() == null
            || p.unit().stayIntensity().compareTo(p.request().stayIntensityMax()) <= 0),
    NOT_RED(p -> p.unit().light() != Light.RED),
    /** Only when the youth set a maximum and both locations are known. */
    WITHIN_MAX_DISTANCE(p -> p.request().maxDistanceKm() == null || p.homeKm() == null
            || p.homeKm() <= p.request().maxDistanceKm());

    private static final HardRule[] ALL = values();

    private final Predicate<Pair> admits;
    private final boolean overridable;

    HardRule(Predicate<Pair> admits) {
        this(admits, true);
    }

    HardRule(Predicate<Pair> admits, boolean overridable) {
        this.admits = admits;
        this.overridable = overridable;
    }

    /** Whether a coordinator may propose a unit that breaks this rule, giving a reason. */
    public boolean overridable() {
        return overridable;
    }

    /** Places for a crisis stay only. */
    static boolean isCrisisPlace(UnitKind kind) {
        return kind == UnitKind.CRISIS_GROUP || kind == UnitKind.CRISIS_BED;
    }

    /** Groups for regular (non-crisis) stays. */
    static boolean isRegularGroup(UnitKind kind) {
        return kind == UnitKind.RESIDENTIAL_GROUP || kind == UnitKind.TREATMENT_GROUP;
    }

    public boolean admits(Pair pair) {
        return admits.test(pair);
    }

    /** The rules this pair breaks, in declaration order; empty when the unit fits. */
    public static List<HardRule> broken(Pair pair) {
        List<HardRule> broken = null;
        for (HardRule rule : ALL) {
            if (!rule.admits(pair)) {
                if (broken == null) {
                    broken = new ArrayList<>(2);
                }
                broken.add(rule);
            }
        }
        return broken == null ? List.of() : broken;
    }

    /** The first rule this pair breaks, or null when the unit fits. */
    public static HardRule firstBroken(Pair pair) {
        for (HardRule rule : ALL) {
            if (!rule.admits(pair)) {
                return rule;
            }
        }
        return null;
    }

    public static boolean allAdmit(Pair pair) {
        for (HardRule rule : ALL) {
            if (!rule.admits(pair)) {
                return false;
            }
        }
        return true;
    }
}
