package nl.plekwijzer.matching.placement.service;

import java.util.Map;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;
import nl.plekwijzer.matching.suggestion.SuggestionPublisher;

/**
 * The way back: the provider a youth was last placed with feeds the continuity score of the
 * youth's later requests (unless the referrer named the previous provider), from every placement
 * made here and, after a start, from the stored placements.
 */
@ApplicationScoped
public class WayBack {

    private static final Logger LOG = Logger.getLogger(WayBack.class);

    private final PlacementRepository placements;
    private final MatchingState state;
    private final SuggestionPublisher publisher;

    public WayBack(PlacementRepository placements, MatchingState state, SuggestionPublisher publisher) {
        this.placements = placements;
        this.state = state;
        this.publisher = publisher;
    }

    /** The youth was placed with this provider just now. */
    public void placed(String youthPseudonym, String providerId) {
        if (youthPseudonym != null) {
            apply(Map.of(youthPseudonym, providerId));
        }
    }

    void onCaughtUp(@Observes Replay.CaughtUp caughtUp) {
        TransientFailures.retried("Loading where youths were last placed", placements::lastProviderPerYouth)
                .subscribe().with(this::apply, e -> LOG.errorf("Last placements not loaded: %s",
                        TransientFailures.describe(e)));
    }

    private void apply(Map<String, String> providerByYouth) {
        synchronized (state) {
            publisher.announce(state.applyLastProviders(providerByYouth));
        }
    }
}
