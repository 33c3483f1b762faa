package fi.polku.reporting.rest;

import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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
        return BadInputTests.of(BadInputCases.forService("reporting").generate(), database);
    }
}
