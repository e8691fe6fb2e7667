package dev.estsdk.api.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Which call records to export as CSV: a {@link CallFilter} plus export-only conditions. Every
 * condition is optional.
 *
 * <pre>{@code
 * CallExportRequest request = CallExportRequest.builder()
 *         .filter(f -> f.createdIn(YearMonth.of(2024, 6)))
 *         .toCountryCode("SE")
 *         .fileName("june.csv")
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and can only be made by the builder.
 */
public final class CallExportRequest {

    private final CallFilter filter;
    private final String fromCountryCode;
    private final String toCountryCode;
    private final Boolean emergencyOnly;
    private final String region;
    private final List<String> projectIds;
    private final String fileName;
    private final String groupId;
    private final String parentId;
    private final String relationshipType;
    private final Boolean hasChildren;

    private CallExportRequest(Builder b, CallFilter filter) {
        this.filter = filter;
        this.fromCountryCode = b.fromCountryCode;
        this.toCountryCode = b.toCountryCode;
        this.emergencyOnly = b.emergencyOnly;
        this.region = b.region;
        this.projectIds = List.copyOf(b.projectIds);
        this.fileName = b.fileName;
        this.groupId = b.groupId;
        this.parentId = b.parentId;
        this.relationshipType = b.relationshipType;
        this.hasChildren = b.hasChildren;
    }

    /**
     * Starts a request without conditions.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every condition of this request.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .filter(filter)
                .fromCountryCode(fromCountryCode)
                .toCountryCode(toCountryCode)
                .emergencyOnly(emergencyOnly)
                .region(region)
                .projectIds(projectIds)
                .fileName(fileName)
                .groupId(groupId)
                .parentId(parentId)
                .relationshipType(relationshipType)
                .hasChildren(hasChildren);
    }

    /**
     * The conditions shared with finding calls.
     *
     * @return the filter; never null
     */
    public CallFilter filter() {
        return filter;
    }

    /**
     * The caller's country.
     *
     * @return ISO 3166-1 alpha-2, or null for any
     */
    public String fromCountryCode() {
        return fromCountryCode;
    }

    /**
     * The callee's country.
     *
     * @return ISO 3166-1 alpha-2, or null for any
     */
    public String toCountryCode() {
        return toCountryCode;
    }

    /**
     * Whether to export only emergency calls.
     *
     * @return true or false, or null for no condition
     */
    public Boolean emergencyOnly() {
        return emergencyOnly;
    }

    /**
     * The region that handled the calls.
     *
     * @return e.g. {@code us-east}, or null for any
     */
    public String region() {
        return region;
    }

    /**
     * Other projects whose calls to include.
     *
     * @return an unmodifiable list, empty for this project only; never null
     */
    public List<String> projectIds() {
        return projectIds;
    }

    /**
     * The file name to propose for the export.
     *
     * @return the name, or null for the server's default
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The call group to export.
     *
     * @return the group id, or null
     */
    public String groupId() {
        return groupId;
    }

    /**
     * The parent call whose children to export.
     *
     * @return the parent id, or null
     */
    public String parentId() {
        return parentId;
    }

    /**
     * The relationship of the calls to their group.
     *
     * @return e.g. {@code initial}, or null
     */
    public String relationshipType() {
        return relationshipType;
    }

    /**
     * Whether to export only calls that have (or have not) child calls.
     *
     * @return true or false, or null for no condition
     */
    public Boolean hasChildren() {
        return hasChildren;
    }

    /**
     * Equal when every condition is equal.
     *
     * @param other another object
     * @return whether both requests export the same records
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CallExportRequest that
                && filter.equals(that.filter)
                && Objects.equals(fromCountryCode, that.fromCountryCode)
                && Objects.equals(toCountryCode, that.toCountryCode)
                && Objects.equals(emergencyOnly, that.emergencyOnly)
                && Objects.equals(region, that.region)
                && projectIds.equals(that.projectIds)
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(groupId, that.groupId)
                && Objects.equals(parentId, that.parentId)
                && Objects.equals(relationshipType, that.relationshipType)
                && Objects.equals(hasChildren, that.hasChildren);
    }

    /**
     * A hash of every condition.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(filter, fromCountryCode, toCountryCode, emergencyOnly, region, projectIds, fileName,
                groupId, parentId, relationshipType, hasChildren);
    }

    /**
     * Describes the request.
     *
     * @return every condition, null ones included
     */
    @Override
    public String toString() {
        return "CallExportRequest[filter=" + filter + ", fromCountryCode=" + fromCountryCode
                + ", toCountryCode=" + toCountryCode + ", emergencyOnly=" + emergencyOnly
                + ", region=" + region + ", projectIds=" + projectIds + ", fileName=" + fileName
                + ", groupId=" + groupId + ", parentId=" + parentId + ", relationshipType="
                + relationshipType + ", hasChildren=" + hasChildren + "]";
    }

    /** Builds a {@link CallExportRequest}; {@link #build()} checks it and its filter together. */
    public static final class Builder {
        private CallFilter.Builder filter = CallFilter.builder();
        private String fromCountryCode;
        private String toCountryCode;
        private Boolean emergencyOnly;
        private String region;
        private final List<String> projectIds = new ArrayList<>();
        private String fileName;
        private String groupId;
        private String parentId;
        private String relationshipType;
        private Boolean hasChildren;

        private Builder() {
        }

        /**
         * Sets the conditions shared with finding calls.
         *
         * @param filter the filter; null for none
         * @return this builder
         */
        public Builder filter(CallFilter filter) {
            this.filter = filter == null ? CallFilter.builder() : filter.toBuilder();
            return this;
        }

        /**
         * Sets the conditions shared with finding calls on a fresh {@link CallFilter.Builder};
         * checked by {@link #build()} together with everything else.
         *
         * @param filter sets the filter's conditions
         * @return this builder
         */
        public Builder filter(Consumer<CallFilter.Builder> filter) {
            CallFilter.Builder builder = CallFilter.builder();
            filter.accept(builder);
            this.filter = builder;
            return this;
        }

        /**
         * Keeps calls from one country.
         *
         * @param fromCountryCode ISO 3166-1 alpha-2 in upper case; null for any
         * @return this builder
         */
        public Builder fromCountryCode(String fromCountryCode) {
            this.fromCountryCode = fromCountryCode;
            return this;
        }

        /**
         * Keeps calls to one country.
         *
         * @param toCountryCode ISO 3166-1 alpha-2 in upper case; null for any
         * @return this builder
         */
        public Builder toCountryCode(String toCountryCode) {
            this.toCountryCode = toCountryCode;
            return this;
        }

        /**
         * Keeps only emergency calls (true) or only other calls (false).
         *
         * @param emergencyOnly the condition; null for none
         * @return this builder
         */
        public Builder emergencyOnly(Boolean emergencyOnly) {
            this.emergencyOnly = emergencyOnly;
            return this;
        }

        /**
         * Keeps calls handled by one region.
         *
         * @param region e.g. {@code us-east}; null for any
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Replaces the other projects whose calls to include.
         *
         * @param projectIds project ids; null or empty for this project only
         * @return this builder
         */
        public Builder projectIds(Collection<String> projectIds) {
            this.projectIds.clear();
            if (projectIds != null) {
                this.projectIds.addAll(projectIds);
            }
            return this;
        }

        /**
         * Proposes a file name for the export.
         *
         * @param fileName the name; null for the server's default
         * @return this builder
         */
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * Keeps calls of one group.
         *
         * @param groupId the group id; null for any
         * @return this builder
         */
        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        /**
         * Keeps the children of one call.
         *
         * @param parentId the parent call id; null for any
         * @return this builder
         */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /**
         * Keeps calls with one relationship to their group.
         *
         * @param relationshipType e.g. {@code initial}; null for any
         * @return this builder
         */
        public Builder relationshipType(String relationshipType) {
            this.relationshipType = relationshipType;
            return this;
        }

        /**
         * Keeps only calls with (true) or without (false) child calls.
         *
         * @param hasChildren the condition; null for none
         * @return this builder
         */
        public Builder hasChildren(Boolean hasChildren) {
            this.hasChildren = hasChildren;
            return this;
        }

        /**
         * Checks the request and its filter and builds it.
         *
         * @return the request
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule,
         *         the filter's prefixed with {@code filter.}: a country that is not two
         *         upper-case letters, a blank or null project id, a blank text condition
         */
        public CallExportRequest build() {
            Check check = Check.of("CallExportRequest");
            filter.check(check.at("filter"));
            check.isoAlpha2IfSet("fromCountryCode", fromCountryCode);
            check.isoAlpha2IfSet("toCountryCode", toCountryCode);
            check.blankIfSet("region", region);
            for (int i = 0; i < projectIds.size(); i++) {
                check.notBlank("projectIds[" + i + "]", projectIds.get(i));
            }
            check.blankIfSet("fileName", fileName);
            check.blankIfSet("groupId", groupId);
            check.blankIfSet("parentId", parentId);
            check.blankIfSet("relationshipType", relationshipType);
            check.throwIfInvalid();
            return new CallExportRequest(this, filter.unchecked());
        }
    }
}
