/**
 * The carrier-neutral API of est-sdk: models, resource interfaces, paging and the exception tree.
 * Its one dependency is JSpecify's nullness annotations, needed only to compile against it.
 */
module dev.estsdk.api {
    requires static transitive org.jspecify;

    exports dev.estsdk.api;
    exports dev.estsdk.api.async;
    exports dev.estsdk.api.exception;
    exports dev.estsdk.api.model;
}
