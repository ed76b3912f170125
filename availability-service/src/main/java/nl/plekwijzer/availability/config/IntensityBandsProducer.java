package nl.plekwijzer.availability.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.plekwijzer.availability.unit.IntensityBands;

public class IntensityBandsProducer {

    @Produces
    @Singleton
    IntensityBands intensityBands(AvailabilityConfig config) {
        return new IntensityBands(config.intensityBands());
    }
}
