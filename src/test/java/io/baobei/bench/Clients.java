package io.baobei.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same client loop on a number of threads and waits for all of them; the first failure fails the run. */
final class Clients {

    interface Loop {
        void run(int client) throws Exception;
    }

    private Clients() {
    }

    static void run(int clients, Loop loop) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                tasks.add(() -> {
                    loop.run(client);
                    return null;
                });
            }
            for (Future<Void> done : threads.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
