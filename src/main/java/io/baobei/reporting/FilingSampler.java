package io.baobei.reporting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.random.RandomGenerator;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Rule M4: a random sample of a period's filings. The draw is a partial Fisher–Yates shuffle over the
 * population in its given order, so the same generator state and population give the same sample; the
 * application's generator ({@code filingSampleRandom}) is a {@link java.security.SecureRandom}, so nobody
 * can tell in advance which filings will be checked.
 */
@Component
public class FilingSampler {

    private final RandomGenerator random;

    public FilingSampler(@Qualifier("filingSampleRandom") RandomGenerator random) {
        this.random = random;
    }

    public <T> List<T> draw(List<T> population, int size) {
        return draw(population, size, random);
    }

    /** {@code size} distinct elements (all when fewer), in the population's order. */
    public static <T> List<T> draw(List<T> population, int size, RandomGenerator random) {
        if (size < 0) {
            throw new IllegalArgumentException("sample size " + size);
        }
        int n = population.size();
        if (size >= n) {
            return List.copyOf(population);
        }
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        BitSet chosen = new BitSet(n);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int swap = index[i];
            index[i] = index[j];
            index[j] = swap;
            chosen.set(index[i]);
        }
        List<T> sample = new ArrayList<>(size);
        chosen.stream().forEach(i -> sample.add(population.get(i)));
        return List.copyOf(sample);
    }
}
