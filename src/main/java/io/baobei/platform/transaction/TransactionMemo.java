package io.baobei.platform.transaction;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered until the current transaction ends; outside a transaction nothing is remembered. A filing
 * asks some questions more than once in its one transaction (its region's managers, the latest version of each
 * decision table), and the answer does not change in between unless the transaction changes it itself, which
 * {@link #forget()} is for.
 */
public final class TransactionMemo {

    private final Object resourceKey = new Object();

    @SuppressWarnings("unchecked")
    public <T> T answer(String question, Supplier<T> ask) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return ask.get();
        }
        Map<String, Object> answers = (Map<String, Object>) TransactionSynchronizationManager.getResource(resourceKey);
        if (answers == null) {
            answers = new HashMap<>();
            bindUntilCompletion(answers);
        }
        if (!answers.containsKey(question)) {
            answers.put(question, ask.get());
        }
        return (T) answers.get(question);
    }

    /** The answers go with their transaction: a transaction started inside it (requires-new) has its own. */
    private void bindUntilCompletion(Map<String, Object> answers) {
        TransactionSynchronizationManager.bindResource(resourceKey, answers);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(resourceKey, answers);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
            }
        });
    }

    /** The transaction changed what was asked: every question is asked again. */
    public void forget() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Map<?, ?> answers = (Map<?, ?>) TransactionSynchronizationManager.getResource(resourceKey);
            if (answers != null) {
                answers.clear();
            }
        }
    }
}
