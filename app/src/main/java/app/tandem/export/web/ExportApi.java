package app.tandem.export.web;

import app.tandem.export.DataExport;
import app.tandem.partner.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
class ExportApi {

    private final DataExport export;

    ExportApi(DataExport export) {
        this.export = export;
    }

    @Operation(summary = "Everything Tandem holds about me and the couples I have been in, table by table")
    @GetMapping("/me/export")
    JsonNode export(@AuthenticationPrincipal PartnerPrincipal me) {
        return export.of(me.id());
    }
}
