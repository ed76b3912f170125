package nl.plekwijzer.matching.config;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.plekwijzer.contracts.Urgency;

/** matching-service's own settings. */
@ConfigMapping(prefix = "plekwijzer.matching")
public interface MatchingConfig {

    /** Weight per soft score component (EXPERTISE, LIGHTNESS, DISTANCE_HOME, ...). */
    Map<String, Double> weights();

    /** The distance at which closeness to home or school scores 0. */
    @WithDefault("100")
    double distanceHorizonKm();

    /** The stay intensity (hours per youth per 24 h) at which lightness by intensity scores 0. */
    @WithDefault("12")
    double heaviestIntensity();

    /** How many suggestions are shown at most per request (twice as many are kept in reserve). */
    @WithDefault("25")
    int maxSuggestions();

    /**
     * This youth-care region's code. A request naming another region (a partner in a back-up pool,
     * domain rule 18) matches only units of a pool shared with it; one naming this region is local.
     */
    String region();

    /** A file with municipality centroids replacing the demo table shipped in the service. */
    Optional<String> municipalityCentroids();

    /** A file with PC4 centroids (code;name;latitude;longitude); without it, municipality centroids serve. */
    Optional<String> pc4Centroids();

    /** How soon after a provider's list changed the regional waiting list is linked again. */
    @WithDefault("1s")
    Duration waitlistLinkInterval();

    /** How many near misses name the rules behind an unmet need. */
    @WithDefault("10")
    int nearMisses();

    /** How long a proposal holds a place of its unit, per urgency of the request (CRISIS, URGENT, REGULAR). */
    Map<Urgency, Duration> holdFor();

    /** How often holds that ended without an answer are released (read by {@code ProposalExpiry}'s schedule). */
    @WithDefault("30s")
    Duration proposalExpiryInterval();

    /** How often crisis placements past their end are relabelled and unanswered crises escalated ({@code CrisisClocks}). */
    @WithDefault("1h")
    Duration crisisClockInterval();

    /** How often the held places of all units are read again ({@code HeldPlaces}), mending a refresh that failed. */
    @WithDefault("60s")
    Duration holdsRefreshInterval();

    /** How long a treatment stay is expected to last; an active one past it is flagged (domain rule 22). */
    @WithDefault("P6M")
    Period treatmentStay();

    /** How often unplaced crisis requests are checked for escalation ({@code CrisisClocks}). */
    @WithDefault("1m")
    Duration crisisEscalationInterval();
}
