package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The setters every builder of a server-owned resource shares: the id, the times and the
 * project. The server sets them and create/update never send them; they exist so that a
 * fetched value survives {@code toBuilder()} and so fakes can build complete values.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class ResourceBuilder<B extends ResourceBuilder<B>> {

    String id;
    Instant createTime;
    Instant updateTime;
    String projectId;

    ResourceBuilder() {
    }

    abstract B self();

    /**
     * Sets the id. Read-only on the server: ignored by create and update.
     *
     * @param id the id the server assigned
     * @return this builder
     */
    public B id(String id) {
        this.id = id;
        return self();
    }

    /**
     * Sets the creation time. Read-only on the server.
     *
     * @param createTime the time, or null
     * @return this builder
     */
    public B createTime(@Nullable Instant createTime) {
        this.createTime = createTime;
        return self();
    }

    /**
     * Sets the last-update time. Read-only on the server.
     *
     * @param updateTime the time, or null
     * @return this builder
     */
    public B updateTime(@Nullable Instant updateTime) {
        this.updateTime = updateTime;
        return self();
    }

    /**
     * Sets the owning project. Read-only on the server.
     *
     * @param projectId the project id
     * @return this builder
     */
    public B projectId(String projectId) {
        this.projectId = projectId;
        return self();
    }
}
