package nl.plekwijzer.availability.status;

import java.time.LocalDate;

import nl.plekwijzer.contracts.Light;

/** The providers' traffic light (DOMAIN rule 1), derived when a report does not give it. */
public final class TrafficLight {

    private TrafficLight() {
    }

    /**
     * GREEN when a place can be taken now; ORANGE when none can but one is held back or expected;
     * RED otherwise.
     */
    public static Light derive(int availablePlaces, int heldBackPlaces, LocalDate expectedAvailableFrom) {
        if (availablePlaces > 0) {
            return Light.GREEN;
        }
        if (heldBackPlaces > 0 || expectedAvailableFrom != null) {
            return Light.ORANGE;
        }
        return Light.RED;
    }
}
