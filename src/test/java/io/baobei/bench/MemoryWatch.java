package io.baobei.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples heap use every 50 ms while a load runs: the largest heap in use (garbage included), and the
 * largest heap still live after a collection (what the load needs). The peak RSS is the kernel's
 * high-water mark of the whole process.
 */
final class MemoryWatch {

    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakLiveHeap = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    static MemoryWatch start() {
        MemoryWatch watch = new MemoryWatch();
        watch.sampler.scheduleAtFixedRate(watch::sample, 0, 50, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void sample() {
        peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        long afterCollection = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(MemoryWatch::usedAfterCollection).sum();
        peakLiveHeap.accumulateAndGet(afterCollection, Math::max);
    }

    private static long usedAfterCollection(MemoryPoolMXBean pool) {
        return pool.getCollectionUsage().getUsed();
    }

    void stop() throws InterruptedException {
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.SECONDS);
    }

    long peakHeapMb() {
        return peakHeap.get() / 1024 / 1024;
    }

    long peakLiveHeapMb() {
        return peakLiveHeap.get() / 1024 / 1024;
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1024 / 1024;
    }

    static long peakRssMb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
