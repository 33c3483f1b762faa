package fi.polku.reporting.rest;

import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.badinput.ApiOperation;
import fi.polku.testkit.badinput.BadInputCase;
import fi.polku.testkit.badinput.BadInputCases;
import fi.polku.testkit.badinput.BadInputTests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the committed spec refuses bad input with a problem naming the field, changing nothing. */
@QuarkusTest
class BadInputTest {

    @Inject
    AgroalDataSource database;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInput() {
        return BadInputTests.of(BadInputCases.forService("reporting").generate().stream()
                .map(BadInputTest::asAnalyst).toList(), database);
    }

    /**
     * An OpenAPI 3.0 bearer requirement names no roles (its scopes must be empty), so the generated cases would go
     * unauthenticated and stop at 401; every reporting operation admits an analyst, so the cases go as one.
     */
    private static BadInputCase asAnalyst(BadInputCase badInput) {
        if (badInput.role() != null) {
            return badInput;
        }
        ApiOperation operation = badInput.operation();
        ApiOperation withRole = new ApiOperation(operation.method(), operation.pathTemplate(), List.of(Roles.ANALYST),
                operation.parameters(), operation.bodySchema());
        return new BadInputCase(badInput.name(), withRole, badInput.path(), badInput.query(), badInput.contentType(),
                badInput.body(), badInput.field());
    }
}
