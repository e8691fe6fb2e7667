/**
 * The carrier-neutral API of est-sdk: models, resource interfaces, paging and the exception tree.
 * It has no runtime dependencies.
 */
module dev.estsdk.api {
    exports dev.estsdk.api;
    exports dev.estsdk.api.async;
    exports dev.estsdk.api.exception;
    exports dev.estsdk.api.model;
}
