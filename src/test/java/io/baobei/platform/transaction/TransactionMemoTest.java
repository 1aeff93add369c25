package io.baobei.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionMemoTest {

    private final TransactionMemo memo = new TransactionMemo();
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void aQuestionIsAskedOnceATransactionAndAgainInTheNext() {
        inTransaction(() -> {
            assertThat(ask("managers of region-east")).isEqualTo(1);
            assertThat(ask("managers of region-east")).isEqualTo(1);
            assertThat(ask("managers of region-west")).isEqualTo(2);
        });
        inTransaction(() -> assertThat(ask("managers of region-east")).isEqualTo(3));
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    @Test
    void whatIsForgottenIsAskedAgainInTheSameTransaction() {
        inTransaction(() -> {
            assertThat(ask("latest decisions")).isEqualTo(1);
            memo.forget();
            assertThat(ask("latest decisions")).isEqualTo(2);
            assertThat(ask("latest decisions")).isEqualTo(2);
        });
    }

    @Test
    void aTransactionStartedInsideAnotherHasItsOwnAnswers() {
        PlatformTransactionManager transactions = new TransactionsWithoutResources();
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        new TransactionTemplate(transactions).executeWithoutResult(outer -> {
            assertThat(ask("latest decisions")).isEqualTo(1);
            inner.executeWithoutResult(status -> {
                assertThat(ask("latest decisions")).isEqualTo(2);
                memo.forget();
            });
            assertThat(ask("latest decisions")).as("the outer transaction's answer, not forgotten by the inner one")
                    .isEqualTo(1);
        });
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    @Test
    void outsideATransactionNothingIsRemembered() {
        assertThat(ask("managers of region-east")).isEqualTo(1);
        assertThat(ask("managers of region-east")).isEqualTo(2);
    }

    private int ask(String question) {
        return memo.answer(question, asked::incrementAndGet);
    }

    /** Begins, suspends and ends transactions with their synchronizations, and holds no connection. */
    private static final class TransactionsWithoutResources extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return (Boolean) transaction;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected Object doSuspend(Object transaction) {
            return transaction;
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    private static void inTransaction(Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
