package nl.plekwijzer.intake;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.devstack.test.ServiceFoundationContract;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
class FoundationIT extends ServiceFoundationContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/access-log";
    }

    @Override
    protected String allowedToken() {
        return Tokens.withRole("admin", "admin");
    }

    @Override
    protected String incomingTopic() {
        return "placement-events.v1";
    }

    @Test
    void aProviderThatAcceptedNothingIsRefusedWith403() {
        UUID requestId = IntakeForms.submitted("referrer-foundation", IntakeForms.aYouth());
        assertForbidden(Tokens.provider("98000001"), "/api/v1/placement-requests/" + requestId);
    }
}
