package dev.dovetail.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.ProfilerConfig;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs the readers of {@link PartitionedReadBenchmark} interleaved, so that the ratios compare readers measured
 * minutes apart no more. JMH alone runs every trial of one benchmark before the next benchmark's, so a reader and
 * its baseline run up to half an hour apart and the machine's drift enters their ratio. Here each fork is one JMH
 * run: fork by fork, each configuration (database, shape, rows, splits) runs its readers one right after the
 * other, in an order that turns with each fork; the forks of one reader and configuration are then written as
 * one JMH result, as JMH would with {@code -f}, which {@code BenchmarkReport} reads.
 *
 * <p>Takes JMH's command line: the benchmark regexes (by default every reader), {@code -p} values (by default the
 * {@code @Param} ones), {@code -f} forks (by default the class's {@code @Fork}, at least 1), {@code -rff} (by default
 * {@code jmh-result.json}, always JSON), and the run's iterations, times, JVM, JVM arguments, timeout, profilers,
 * verbosity and {@code -foe}; other JMH options are not used here.
 * <pre>java -cp benchmarks.jar dev.dovetail.benchmarks.InterleavedRuns 'PartitionedReadBenchmark.(harness|rawJdbc)$' -f 2 -rff harness.json</pre>
 */
public final class InterleavedRuns {
    private static final Class<?> BENCHMARK = PartitionedReadBenchmark.class;

    /**
     * One JMH run: one fork of one reader on one configuration.
     *
     * @param fork the fork's number, from 0
     * @param benchmark the reader's full benchmark name
     * @param params the configuration, one value per {@code @Param}
     */
    record Trial(int fork, String benchmark, Map<String, String> params) {
        Trial {
            params = Collections.unmodifiableMap(new TreeMap<>(params));
        }

        /** What the forks of this trial share: the benchmark and its configuration. */
        String series() {
            return benchmark + params;
        }
    }

    private InterleavedRuns() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions options = new CommandLineOptions(args);
        String result = options.getResult().orElse("jmh-result.json");
        List<RunResult> results = run(options, trials(options));
        ResultFormatFactory.getInstance(ResultFormatType.JSON, result).writeOut(results);
        System.out.println("The interleaved results of " + results.size() + " benchmarks are in " + result);
    }

    /** The JMH runs {@code options} ask for, in the order they run. */
    static List<Trial> trials(Options options) {
        List<String> readers = readers(options.getIncludes());
        List<Map<String, String>> configurations = configurations(options);
        int forks = options.getForkCount().orElse(BENCHMARK.getAnnotation(Fork.class).value());
        if (forks < 1) {
            throw new IllegalArgumentException("-f " + forks + ": the interleaved runs fork every run; give -f 1 or more");
        }
        List<Trial> trials = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            for (Map<String, String> configuration : configurations) {
                for (int r = 0; r < readers.size(); r++) {
                    trials.add(new Trial(fork, readers.get((r + fork) % readers.size()), configuration));
                }
            }
        }
        return trials;
    }

    /** The benchmark methods matching any of {@code includes} (JMH's regexes, found anywhere in the name), by name. */
    private static List<String> readers(List<String> includes) {
        List<String> all = Arrays.stream(BENCHMARK.getMethods())
                .filter(method -> method.isAnnotationPresent(Benchmark.class))
                .map(Method::getName)
                .sorted()
                .toList();
        List<String> readers = all.stream()
                .map(method -> BENCHMARK.getName() + "." + method)
                .filter(name -> includes.isEmpty() || includes.stream().anyMatch(regex -> Pattern.compile(regex).matcher(name).find()))
                .toList();
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("no benchmark of " + BENCHMARK.getSimpleName() + " matches " + includes
                    + "; its benchmarks: " + all);
        }
        return readers;
    }

    /** Every combination of the {@code @Param} values, the command line's where it gives them. */
    private static List<Map<String, String>> configurations(Options options) {
        List<Map<String, String>> configurations = new ArrayList<>();
        configurations.add(new LinkedHashMap<>());
        Field[] fields = BENCHMARK.getFields();
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field field : fields) {
            Param param = field.getAnnotation(Param.class);
            if (param == null) {
                continue;
            }
            List<String> values = List.copyOf(options.getParameter(field.getName()).orElse(Arrays.asList(param.value())));
            List<Map<String, String>> expanded = new ArrayList<>();
            for (Map<String, String> configuration : configurations) {
                for (String value : values) {
                    Map<String, String> next = new LinkedHashMap<>(configuration);
                    next.put(field.getName(), value);
                    expanded.add(next);
                }
            }
            configurations = expanded;
        }
        return configurations;
    }

    /** Runs each trial as a JMH run of one fork, and merges the forks of each series, in the order series first ran. */
    private static List<RunResult> run(Options options, List<Trial> trials) throws RunnerException {
        Map<String, List<RunResult>> series = new LinkedHashMap<>();
        for (int i = 0; i < trials.size(); i++) {
            Trial trial = trials.get(i);
            System.out.println("# Interleaved run " + (i + 1) + " of " + trials.size() + ": fork " + (trial.fork() + 1)
                    + " of " + trial.benchmark() + " " + trial.params());
            series.computeIfAbsent(trial.series(), key -> new ArrayList<>()).add(new Runner(single(options, trial)).runSingle());
        }
        List<RunResult> merged = new ArrayList<>();
        for (List<RunResult> forks : series.values()) {
            List<BenchmarkResult> results = new ArrayList<>();
            forks.forEach(fork -> results.addAll(fork.getBenchmarkResults()));
            merged.add(new RunResult(withForks(forks.get(0).getParams(), forks.size()), results));
        }
        return merged;
    }

    /** The options of one trial's JMH run: its benchmark and configuration, one fork, and the command line's settings. */
    private static Options single(Options options, Trial trial) {
        ChainedOptionsBuilder run = new OptionsBuilder().include("^" + Pattern.quote(trial.benchmark()) + "$").forks(1);
        trial.params().forEach(run::param);
        ifGiven(options.getWarmupIterations(), run::warmupIterations);
        ifGiven(options.getWarmupTime(), run::warmupTime);
        ifGiven(options.getMeasurementIterations(), run::measurementIterations);
        ifGiven(options.getMeasurementTime(), run::measurementTime);
        ifGiven(options.getTimeUnit(), run::timeUnit);
        ifGiven(options.getTimeout(), run::timeout);
        ifGiven(options.getJvm(), run::jvm);
        ifGiven(options.getJvmArgs(), args -> run.jvmArgs(args.toArray(String[]::new)));
        ifGiven(options.getJvmArgsAppend(), args -> run.jvmArgsAppend(args.toArray(String[]::new)));
        ifGiven(options.getJvmArgsPrepend(), args -> run.jvmArgsPrepend(args.toArray(String[]::new)));
        ifGiven(options.verbosity(), run::verbosity);
        ifGiven(options.shouldFailOnError(), run::shouldFailOnError);
        for (ProfilerConfig profiler : options.getProfilers()) {
            run.addProfiler(profiler.getKlass(), profiler.getOpts());
        }
        return run.build();
    }

    private static <T> void ifGiven(org.openjdk.jmh.util.Optional<T> option, Consumer<T> use) {
        if (option.hasValue()) {
            use.accept(option.get());
        }
    }

    /** {@code params} with the fork count the merged result holds. */
    private static BenchmarkParams withForks(BenchmarkParams params, int forks) {
        List<String> labels = new ArrayList<>(params.getThreadGroupLabels());
        return new BenchmarkParams(params.getBenchmark(), params.generatedBenchmark(), params.shouldSynchIterations(),
                params.getThreads(), params.getThreadGroups(), labels, forks, params.getWarmupForks(),
                params.getWarmup(), params.getMeasurement(), params.getMode(), workload(params), params.getTimeUnit(),
                params.getOpsPerInvocation(), params.getJvm(), params.getJvmArgs(), params.getJdkVersion(),
                params.getVmName(), params.getVmVersion(), params.getJmhVersion(), params.getTimeout());
    }

    private static WorkloadParams workload(BenchmarkParams params) {
        WorkloadParams workload = new WorkloadParams();
        int order = 0;
        for (String key : params.getParamsKeys()) {
            workload.put(key, params.getParam(key), order++);
        }
        return workload;
    }
}
