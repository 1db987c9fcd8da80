package dev.dovetail.api.runtime;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.OptionProblem;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RuntimeOptionsTest {

    @Test
    void goodOrAbsentRuntimeOptionsHaveNoProblem() {
        assertThat(RuntimeOptions.problems(ConnectionOptions.of(Map.of()))).isEmpty();
        assertThat(RuntimeOptions.problems(ConnectionOptions.of(Map.of("partitionColumn", "id", "lowerBound", "1",
                "upperBound", "100", "numPartitions", "4", "jobBookmarkKeys", "updated_at,id",
                "jobBookmarkKeysSortOrder", "ASC", "jobBookmarkLagWindow", "PT5M")))).isEmpty();
    }

    @Test
    void everyValueThatDoesNotParseIsAProblemOfItsOwnOption() {
        assertThat(RuntimeOptions.problems(ConnectionOptions.of(Map.of("numPartitions", "four", "hashpartitions", "x",
                "jobBookmarkKeys", "id", "jobBookmarkKeysSortOrder", "up", "jobBookmarkLagWindow", "soon"))))
                .extracting(OptionProblem::option, OptionProblem::kind)
                .containsExactlyInAnyOrder(
                        tuple("numPartitions", OptionProblem.Kind.INVALID),
                        tuple("hashpartitions", OptionProblem.Kind.INVALID),
                        tuple("jobBookmarkKeysSortOrder", OptionProblem.Kind.INVALID),
                        tuple("jobBookmarkLagWindow", OptionProblem.Kind.INVALID));
        assertThat(RuntimeOptions.problems(ConnectionOptions.of(Map.of("numPartitions", "four"))))
                .singleElement().extracting(OptionProblem::message).asString()
                .contains("'numPartitions'").contains("integer").contains("four");
    }

    @Test
    void contradictingOptionsAreAConflict() {
        assertThat(RuntimeOptions.problems(ConnectionOptions.of(Map.of("partitionColumn", "id", "hashfield", "id"))))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.kind()).isEqualTo(OptionProblem.Kind.CONFLICT);
                    assertThat(problem.message()).contains("partitionColumn").contains("hashfield");
                });
        assertThat(RuntimeOptions.problems(ConnectionOptions.of(Map.of("jobBookmarkKeysSortOrder", "asc"))))
                .singleElement().extracting(OptionProblem::message).asString().contains("need 'jobBookmarkKeys'");
        assertThat(RuntimeOptions.problems(ConnectionOptions.of(Map.of("jobBookmarkKeys", "id",
                "jobBookmarkKeysSortOrder", "desc", "jobBookmarkLagWindow", "PT5M"))))
                .singleElement().extracting(OptionProblem::message).asString().contains("only to ascending bookmarks");
    }
}
