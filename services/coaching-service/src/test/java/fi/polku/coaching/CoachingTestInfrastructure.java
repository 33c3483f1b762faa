package fi.polku.coaching;

import fi.polku.testkit.PolkuTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs on a real PostgreSQL database "coaching" and the real Kafka broker. */
@QuarkusTestResource(value = PolkuTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "coaching"))
public class CoachingTestInfrastructure {
}
