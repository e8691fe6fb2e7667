package dev.estsdk.testkit.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.json.Json;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.CountryPermission;
import java.util.Locale;
import java.util.Map;

/**
 * Operations #39–#41: country permissions (not paginated). PUT is a full replacement of the only
 * writable field: {@code enabled} left out means its default, true.
 */
final class CountryPermissionHandlers {

    private CountryPermissionHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.LIST_COUNTRY_PERMISSIONS, ctx -> {
            ObjectNode out = Json.object();
            ArrayNode list = out.putArray("countryPermissions");
            ctx.project().countries().values().forEach(c -> list.add(JsonViews.country(c)));
            return ApiResponse.json(200, out);
        });
        into.put(EstOperation.GET_COUNTRY_PERMISSION, ctx -> ApiResponse.json(200,
                JsonViews.country(country(ctx))));
        into.put(EstOperation.UPDATE_COUNTRY_PERMISSION, ctx -> {
            CountryPermission old = country(ctx);
            Boolean enabled = ctx.body().bool("enabled");
            CountryPermission c = old.withEnabled(enabled == null || enabled);
            ctx.project().countries().put(c.isoCode(), c);
            return ApiResponse.json(200, JsonViews.country(c));
        });
    }

    private static CountryPermission country(OperationContext ctx) {
        String iso = ctx.param("isoCode").toUpperCase(Locale.ROOT);
        CountryPermission c = ctx.project().countries().get(iso);
        if (c == null) {
            throw ApiException.notFound("Country permission", iso);
        }
        return c;
    }
}
