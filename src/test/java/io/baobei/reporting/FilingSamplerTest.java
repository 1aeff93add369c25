package io.baobei.reporting;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Rule M4: the sample is random, distinct, of the configured size, and reproducible from the generator's seed. */
class FilingSamplerTest {

    static final List<String> POPULATION = IntStream.rangeClosed(1, 40).mapToObj(i -> "F20250203-%05d".formatted(i)).toList();

    @Test
    void theSameSeedDrawsTheSameSampleOfDistinctFilingsInFilingOrder() {
        List<String> first = FilingSampler.draw(POPULATION, 10, new SplittableRandom(2025_02));
        List<String> again = FilingSampler.draw(POPULATION, 10, new SplittableRandom(2025_02));

        Assertions.assertThat(first).hasSize(10).doesNotHaveDuplicates().isSubsetOf(POPULATION).isSorted().isEqualTo(again);
    }

    @Test
    void differentSeedsDrawDifferentSamplesAndEveryFilingCanBeDrawn() {
        var seen = new java.util.HashSet<String>();
        var samples = new java.util.HashSet<List<String>>();
        for (int seed = 0; seed < 200; seed++) {
            List<String> sample = FilingSampler.draw(POPULATION, 10, new SplittableRandom(seed));
            seen.addAll(sample);
            samples.add(sample);
        }
        Assertions.assertThat(seen).containsExactlyInAnyOrderElementsOf(POPULATION);
        Assertions.assertThat(samples).hasSizeGreaterThan(190);
    }

    @Test
    void aMonthWithFewerFilingsThanTheSampleSizeIsReviewedWhole() {
        Assertions.assertThat(FilingSampler.draw(POPULATION.subList(0, 7), 10, new SplittableRandom(1)))
                .containsExactlyElementsOf(POPULATION.subList(0, 7));
        Assertions.assertThat(FilingSampler.draw(List.of(), 10, new SplittableRandom(1))).isEmpty();
        Assertions.assertThat(FilingSampler.draw(POPULATION, 0, new SplittableRandom(1))).isEmpty();
    }
}
