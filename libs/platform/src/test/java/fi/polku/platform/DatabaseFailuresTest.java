package fi.polku.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

class DatabaseFailuresTest {

    @Test
    void aCommitRefusedBecauseTheServerShutDownIsUnavailabilityEvenWhenTheCauseIsSuppressed() {
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);

        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("wrapped", rollback))).isTrue();
    }

    @Test
    void anErrorInTheDataIsNotUnavailability() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aStaleVersionOrASerializationFailureIsAConcurrentUpdateToRetry() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new OptimisticLockException("Unexpected row count"));
        assertThat(DatabaseFailures.isConcurrentUpdate(new IllegalStateException("wrapped", rollback))).isTrue();
        assertThat(DatabaseFailures.isConcurrentUpdate(new SQLException("could not serialize", "40001"))).isTrue();
        assertThat(DatabaseFailures.isConcurrentUpdate(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
