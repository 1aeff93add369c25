package io.baobei.platform.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered until the current transaction ends; outside a transaction nothing is remembered. A filing
 * asks the directory for its region's managers twice in its one transaction (the case's readers, then the
 * approval task's candidates), and the directory does not change in between.
 */
final class TransactionMemo {

    private final Object resourceKey = new Object();

    @SuppressWarnings("unchecked")
    <T> T answer(String question, Supplier<T> ask) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return ask.get();
        }
        Map<String, Object> answers = (Map<String, Object>) TransactionSynchronizationManager.getResource(resourceKey);
        if (answers == null) {
            answers = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resourceKey, answers);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
        }
        if (!answers.containsKey(question)) {
            answers.put(question, ask.get());
        }
        return (T) answers.get(question);
    }
}
