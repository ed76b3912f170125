package nl.plekwijzer.intake.request.rest;

import java.util.UUID;

/**
 * The answer to a submitted form. When the youth already had an open request, the new one is linked
 * to it ({@code linkedToRequestId}) and {@code detail} says so.
 */
public record SubmissionResponse(UUID requestId, UUID linkedToRequestId, String detail) {
}
