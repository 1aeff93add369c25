package io.baobei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    void outsideATransactionNothingIsRemembered() {
        assertThat(ask("managers of region-east")).isEqualTo(1);
        assertThat(ask("managers of region-east")).isEqualTo(2);
    }

    private int ask(String question) {
        return memo.answer(question, asked::incrementAndGet);
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
