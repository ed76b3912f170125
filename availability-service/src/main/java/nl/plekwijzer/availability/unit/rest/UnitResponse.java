package nl.plekwijzer.availability.unit.rest;

import java.time.OffsetDateTime;

import nl.plekwijzer.availability.unit.Unit;
import nl.plekwijzer.contracts.UnitKind;

/** A unit as the REST API shows it. */
public record UnitResponse(String unitId, String providerId, String providerName, String name, UnitKind kind,
        int places, OffsetDateTime updatedAt) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.unitId, unit.providerId, unit.providerName, unit.name, unit.kind, unit.places,
                unit.updatedAt);
    }
}
