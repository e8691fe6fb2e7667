package dev.estsdk.testkit.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.Json;
import java.util.List;
import java.util.Map;

/** Operation #49: enable EST on more projects. Ids already known are ignored and not echoed. */
final class ProjectHandlers {

    private ProjectHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.ADD_PROJECTS, ctx -> {
            List<String> ids = ctx.body().strings("projectIds");
            Violations v = new Violations();
            if (ids == null || ids.isEmpty()) {
                v.add("projectIds", "must contain at least one project id");
            } else {
                for (int i = 0; i < ids.size(); i++) {
                    v.requireText("projectIds[" + i + "]", ids.get(i));
                }
            }
            v.throwIfAny();
            ObjectNode out = Json.object();
            ArrayNode added = out.putArray("addedProjects");
            for (String id : ids) {
                if (ctx.sim().project(id) == null) {
                    ctx.sim().ensureProject(id);
                    added.add(id);
                }
            }
            return ApiResponse.json(200, out);
        });
    }
}
