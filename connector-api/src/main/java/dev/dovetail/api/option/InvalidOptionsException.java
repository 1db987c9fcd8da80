package dev.dovetail.api.option;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Options that fail validation: every problem at once, each attributed to its option. The code is
 * {@link ErrorCode#INVALID_ARGUMENT}.
 */
public final class InvalidOptionsException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    private final List<OptionProblem> problems;

    /** An exception listing {@code problems} (at least one) of the options of connector {@code connector}. */
    public InvalidOptionsException(String connector, List<OptionProblem> problems) {
        super(ErrorCode.INVALID_ARGUMENT, message(connector, problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<OptionProblem> problems() {
        return problems;
    }

    private static String message(String connector, List<OptionProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidOptionsException needs at least one problem");
        }
        if (problems.size() == 1) {
            return "invalid options for connector '" + connector + "': " + problems.get(0).message();
        }
        return problems.size() + " problems with the options for connector '" + connector + "':"
                + problems.stream().map(problem -> "\n  - " + problem.message()).collect(Collectors.joining());
    }
}
