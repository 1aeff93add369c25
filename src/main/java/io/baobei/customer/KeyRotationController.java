package io.baobei.customer;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;

/** {@code POST /api/admin/customer-data/rotation}: re-encrypt everything under the active key (camunda-admin). */
@RestController
public class KeyRotationController {

    private final KeyRotation rotation;
    private final CustomerDataKeys keys;
    private final CurrentUser currentUser;

    public KeyRotationController(KeyRotation rotation, CustomerDataKeys keys, CurrentUser currentUser) {
        this.rotation = rotation;
        this.keys = keys;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/admin/customer-data/rotation")
    public Map<String, Object> rotate(@RequestParam(defaultValue = "500") int batchSize) {
        if (!currentUser.require().isIn(Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅系统管理员可以轮换客户资料密钥");
        }
        Map<String, Integer> rotated = rotation.rotate(batchSize);
        return Map.of("activeKeyId", keys.activeKeyId(), "rotated", rotated, "remaining", rotation.remaining());
    }
}
