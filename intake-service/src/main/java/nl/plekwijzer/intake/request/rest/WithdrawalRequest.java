package nl.plekwijzer.intake.request.rest;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/v1/placement-requests/{requestId}/withdraw}. */
public record WithdrawalRequest(@Size(max = 400) String reason) {
}
