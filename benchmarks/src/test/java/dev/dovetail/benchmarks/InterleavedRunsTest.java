package dev.dovetail.benchmarks;

import dev.dovetail.benchmarks.InterleavedRuns.Trial;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order of the interleaved runs: each configuration's readers back to back, their order turning each fork. */
class InterleavedRunsTest {
    private static final String HARNESS = PartitionedReadBenchmark.class.getName() + ".harness";
    private static final String RAW = PartitionedReadBenchmark.class.getName() + ".rawJdbc";

    private static List<Trial> trials(String... args) throws Exception {
        return InterleavedRuns.trials(new CommandLineOptions(args));
    }

    @Test
    void eachConfigurationRunsItsReadersOneAfterTheOtherInATurningOrder() throws Exception {
        List<Trial> trials = trials("PartitionedReadBenchmark.(harness|rawJdbc)$", "-f", "2", "-p", "database=h2",
                "-p", "shape=narrow", "-p", "rows=1000", "-p", "splits=1,2");

        Map<String, String> one = Map.of("database", "h2", "rows", "1000", "shape", "narrow", "splits", "1");
        Map<String, String> two = Map.of("database", "h2", "rows", "1000", "shape", "narrow", "splits", "2");
        assertThat(trials).containsExactly(
                new Trial(0, HARNESS, one), new Trial(0, RAW, one), new Trial(0, HARNESS, two), new Trial(0, RAW, two),
                new Trial(1, RAW, one), new Trial(1, HARNESS, one), new Trial(1, RAW, two), new Trial(1, HARNESS, two));
        assertThat(trials.get(0).series()).isEqualTo(trials.get(5).series()).isNotEqualTo(trials.get(1).series());
    }

    @Test
    void theParamDefaultsTheClassForkAndEveryReaderWithoutArguments() throws Exception {
        List<Trial> trials = trials();

        // database (2) x rows (1) x shape (2) x splits (4) configurations, 4 readers, @Fork(1).
        assertThat(trials).hasSize(2 * 2 * 4 * 4);
        assertThat(trials.stream().map(Trial::benchmark).distinct()).hasSize(4);
        assertThat(trials.get(0).params()).containsOnlyKeys("database", "rows", "shape", "splits");
    }

    @Test
    void aRegexMatchingNoReaderOrNoForkIsRefused() {
        assertThatThrownBy(() -> trials("PartitionedReadBenchmark.nothing$"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no benchmark of PartitionedReadBenchmark matches")
                .hasMessageContaining("harness, rawJdbc, sparkDovetail, sparkJdbc");
        assertThatThrownBy(() -> trials("-f", "0", "harness")).hasMessageContaining("-f 0");
    }
}
