package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.schema.Entity;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Which entity a Glue-style read or write is about, the same way on every host: the {@code dbTable}
 * option names it; without it, a connector that lists exactly one entity means that one (the JDBC
 * connector's {@code query} is such an entity, as is a connector over a single file); otherwise the
 * option is required, and the error lists the entities to choose from.
 */
public final class EntitySelection {
    private static final int LISTED = 20;

    private EntitySelection() {
    }

    /**
     * The entity {@code options} select.
     *
     * @param entities the connector's entities, listed only when {@code dbTable} is absent
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming {@code dbTable} and the entities,
     *     when the option is absent and the connector has none or several
     */
    public static String select(ConnectionOptions options, Supplier<List<Entity>> entities) {
        return options.getNonBlank(StandardOptions.DB_TABLE).orElseGet(() -> only(entities.get()));
    }

    private static String only(List<Entity> entities) {
        if (entities.size() == 1) {
            return entities.get(0).name();
        }
        if (entities.isEmpty()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + StandardOptions.DB_TABLE
                    + "' names the entity to read or write, and the connector lists none to default to; give "
                    + StandardOptions.DB_TABLE);
        }
        String names = entities.stream().limit(LISTED).map(Entity::name).collect(Collectors.joining(", "));
        String more = entities.size() > LISTED ? ", ... (" + entities.size() + " in all)" : "";
        throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + StandardOptions.DB_TABLE
                + "' names the entity to read or write; give one of: " + names + more);
    }
}
