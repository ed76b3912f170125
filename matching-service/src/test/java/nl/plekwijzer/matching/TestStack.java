package nl.plekwijzer.matching;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.plekwijzer.devstack.test.DevStackTestResource;

/** Every @QuarkusTest of this module runs against a real Kafka, a real PostgreSQL and a signing OIDC server. */
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestStack {

    private TestStack() {
    }
}
