package io.baobei.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.validation.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The app's API changes state only from JSON or XML bodies, which a page of another site cannot send
 * without the browser asking first (CORS, not allowed here); the content types an HTML form can send
 * ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}) are refused
 * with 415, except multipart where the endpoint declares it (uploads).
 */
public class RequestBodyTypeInterceptor implements HandlerInterceptor {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        String contentType = request.getContentType();
        if (contentType == null) {
            boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
            return !hasBody || refuse(response, "请求体缺少 Content-Type：应为 application/json 或 application/xml");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return refuse(response, "Content-Type 无效：" + contentType);
        }
        if (isJsonOrXml(type) || (MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type) && declaresMultipart(handler))) {
            return true;
        }
        return refuse(response, "不接受 " + type.getType() + "/" + type.getSubtype() + "：应为 application/json 或 application/xml");
    }

    /** Media types are lower case once parsed; a wildcard names no type at all. */
    private static boolean isJsonOrXml(MediaType type) {
        String subtype = type.getSubtype();
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return false;
        }
        return switch (type.getType()) {
            case "application" -> subtype.equals("json") || subtype.equals("xml") || subtype.endsWith("+json") || subtype.endsWith("+xml");
            case "text" -> subtype.equals("xml");
            default -> false;
        };
    }

    private static boolean declaresMultipart(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.consumes())
                .anyMatch(consumed -> MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(MediaType.parseMediaType(consumed)));
    }

    private boolean refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("errors", List.of(new FieldError("Content-Type", message))));
        return false;
    }
}
