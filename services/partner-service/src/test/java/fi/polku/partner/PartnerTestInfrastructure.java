package fi.polku.partner;

import fi.polku.testkit.PolkuTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs on a real PostgreSQL database "partner" and the real Kafka broker. */
@QuarkusTestResource(value = PolkuTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "partner"))
public class PartnerTestInfrastructure {
}
