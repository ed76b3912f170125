package nl.plekwijzer.intake.request.rest;

import java.util.UUID;

import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;

public record WithdrawalResponse(UUID requestId, Status status, String closedReason) {
}
