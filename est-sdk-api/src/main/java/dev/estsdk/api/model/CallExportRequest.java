package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * @param filter           the conditions shared with listing calls; never null
 * @param fromCountryCode  ISO 3166-1 alpha-2 of the caller, or null for any
 * @param toCountryCode    ISO 3166-1 alpha-2 of the callee, or null for any
 * @param emergencyOnly    only emergency calls (true) or none of them (false); null for no condition
 * @param region           e.g. {@code us-east}, or null for any
 * @param projectIds       further projects to include; empty for this project only, never null
 * @param fileName         the CSV file name, or null for the server's default
 * @param groupId          only records of this group, or null
 * @param parentId         only records with this parent, or null
 * @param relationshipType e.g. {@code initial}, or null
 * @param hasChildren      only records with (true) or without (false) child records; null for no condition
 */
public record CallExportRequest(CallFilter filter, @Nullable String fromCountryCode, @Nullable String toCountryCode, @Nullable Boolean emergencyOnly, @Nullable String region, List<String> projectIds, @Nullable String fileName, @Nullable String groupId, @Nullable String parentId, @Nullable String relationshipType, @Nullable Boolean hasChildren) {

    /**
     * Creates the request; a null filter means no conditions, null project ids none.
     * @param filter           see {@link #filter()}
     * @param fromCountryCode  see {@link #fromCountryCode()}
     * @param toCountryCode    see {@link #toCountryCode()}
     * @param emergencyOnly    see {@link #emergencyOnly()}
     * @param region           see {@link #region()}
     * @param projectIds       see {@link #projectIds()}
     * @param fileName         see {@link #fileName()}
     * @param groupId          see {@link #groupId()}
     * @param parentId         see {@link #parentId()}
     * @param relationshipType see {@link #relationshipType()}
     * @param hasChildren      see {@link #hasChildren()}
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule: a
     *         country that is not two upper-case letters, a blank or null project id, a blank
     *         text condition
     */
    public CallExportRequest(@Nullable CallFilter filter, @Nullable String fromCountryCode, @Nullable String toCountryCode, @Nullable Boolean emergencyOnly, @Nullable String region, @Nullable List<String> projectIds, @Nullable String fileName, @Nullable String groupId, @Nullable String parentId, @Nullable String relationshipType, @Nullable Boolean hasChildren) {
        List<String> ids = projectIds == null ? List.of() : new ArrayList<>(projectIds);
        Check check = Check.of("CallExportRequest");
        check(check, fromCountryCode, toCountryCode, region, ids, fileName, groupId, parentId, relationshipType);
        check.throwIfInvalid();
        this.filter = filter == null ? CallFilter.builder().build() : filter;
        this.fromCountryCode = fromCountryCode;
        this.toCountryCode = toCountryCode;
        this.emergencyOnly = emergencyOnly;
        this.region = region;
        this.projectIds = List.copyOf(ids);
        this.fileName = fileName;
        this.groupId = groupId;
        this.parentId = parentId;
        this.relationshipType = relationshipType;
        this.hasChildren = hasChildren;
    }

    private static void check(Check check, @Nullable String fromCountryCode, @Nullable String toCountryCode,
                              @Nullable String region, List<String> projectIds, @Nullable String fileName,
                              @Nullable String groupId, @Nullable String parentId,
                              @Nullable String relationshipType) {
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
    }

    /** {@return a builder without conditions} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this request's values} */
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

    /** Collects the values of a {@link CallExportRequest}; {@link #build()} checks it and its filter together. */
    public static final class Builder {
        private CallFilter.Builder filter = CallFilter.builder();
        private @Nullable String fromCountryCode;
        private @Nullable String toCountryCode;
        private @Nullable Boolean emergencyOnly;
        private @Nullable String region;
        private final List<String> projectIds = new ArrayList<>();
        private @Nullable String fileName;
        private @Nullable String groupId;
        private @Nullable String parentId;
        private @Nullable String relationshipType;
        private @Nullable Boolean hasChildren;

        private Builder() {
        }

        /**
         * Sets the conditions shared with finding calls.
         * @param filter the filter; null for none
         * @return this builder
         */
        public Builder filter(@Nullable CallFilter filter) {
            this.filter = filter == null ? CallFilter.builder() : filter.toBuilder();
            return this;
        }

        /**
         * Sets the conditions shared with finding calls on a fresh builder, checked by
         * {@link #build()}.
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
         * @param fromCountryCode ISO 3166-1 alpha-2 in upper case; null for any
         * @return this builder
         */
        public Builder fromCountryCode(@Nullable String fromCountryCode) {
            this.fromCountryCode = fromCountryCode;
            return this;
        }

        /**
         * Keeps calls to one country.
         * @param toCountryCode ISO 3166-1 alpha-2 in upper case; null for any
         * @return this builder
         */
        public Builder toCountryCode(@Nullable String toCountryCode) {
            this.toCountryCode = toCountryCode;
            return this;
        }

        /**
         * Keeps only emergency calls (true) or only other calls (false).
         * @param emergencyOnly the condition; null for none
         * @return this builder
         */
        public Builder emergencyOnly(@Nullable Boolean emergencyOnly) {
            this.emergencyOnly = emergencyOnly;
            return this;
        }

        /**
         * Keeps calls handled by one region.
         * @param region e.g. {@code us-east}; null for any
         * @return this builder
         */
        public Builder region(@Nullable String region) {
            this.region = region;
            return this;
        }

        /**
         * Replaces the other projects whose calls to include.
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
         * @param fileName the name; null for the server's default
         * @return this builder
         */
        public Builder fileName(@Nullable String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * Keeps calls of one group.
         * @param groupId the group id; null for any
         * @return this builder
         */
        public Builder groupId(@Nullable String groupId) {
            this.groupId = groupId;
            return this;
        }

        /**
         * Keeps the children of one call.
         * @param parentId the parent call id; null for any
         * @return this builder
         */
        public Builder parentId(@Nullable String parentId) {
            this.parentId = parentId;
            return this;
        }

        /**
         * Keeps calls with one relationship to their group.
         * @param relationshipType e.g. {@code initial}; null for any
         * @return this builder
         */
        public Builder relationshipType(@Nullable String relationshipType) {
            this.relationshipType = relationshipType;
            return this;
        }

        /**
         * Keeps only calls with (true) or without (false) child calls.
         * @param hasChildren the condition; null for none
         * @return this builder
         */
        public Builder hasChildren(@Nullable Boolean hasChildren) {
            this.hasChildren = hasChildren;
            return this;
        }

        /**
         * {@return the request}
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, the
         *         filter's prefixed with {@code filter.}
         */
        public CallExportRequest build() {
            Check check = Check.of("CallExportRequest");
            filter.check(check.at("filter"));
            CallExportRequest.check(check, fromCountryCode, toCountryCode, region, projectIds, fileName, groupId,
                    parentId, relationshipType);
            check.throwIfInvalid();
            return new CallExportRequest(filter.build(), fromCountryCode, toCountryCode, emergencyOnly, region,
                    projectIds, fileName, groupId, parentId, relationshipType, hasChildren);
        }
    }
}
