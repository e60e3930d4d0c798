package cn.nengshang.ledger.dev;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/dev/tokens}: a development token, in the local and simulation profiles only. */
@RestController
@RequestMapping("/api/v1/dev/tokens")
@Profile({"local", "simulation"})
class DevTokenController {

    private final DevTokens tokens;

    DevTokenController(DevTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    DevTokens.Token issue(@RequestBody DevTokens.TokenRequest request) {
        return tokens.issue(request);
    }
}
