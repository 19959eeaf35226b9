#include "core/sync/LoginResult.h"

#include "core/sync/SecretJson.h"
#include "core/sync/SessionTokens.h"

using namespace Qt::StringLiterals;

namespace nm::core {

Result<LoginResult, ApiError> LoginResult::fromJson(const QJsonObject &answer)
{
    // The messages name JSON members only, never their values.
    const auto missing = [](const char *member) {
        return ApiError::decode(
            ApiError::tr("The sign-in answer has no valid \"%1\".").arg(QLatin1StringView(member)));
    };

    std::optional<SessionTokens> tokens = SessionTokens::fromJson(answer);
    if (!tokens)
        return missing("access_token");
    const std::optional<SignedInUser> user =
        SignedInUser::fromJson(answer.value("user"_L1).toObject());
    if (!user)
        return missing("user");
    const QUuid deviceId = QUuid::fromString(answer.value("device_id"_L1).toString());
    if (deviceId.isNull())
        return missing("device_id");

    LoginResult result;
    result.accessToken = std::move(tokens->accessToken);
    result.accessTokenLifetimeSeconds = answer.value("expires_in"_L1).toInt();
    result.user = *user;
    result.deviceId = deviceId;
    result.mfaEnrollmentRequired = answer.value("mfa_enrollment_required"_L1).toBool();
    result.passwordChangeRequired = answer.value("password_change_required"_L1).toBool();
    if (result.isSetupOnly())
        return result;

    if (tokens->refreshToken.isEmpty())
        return missing("refresh_token");
    result.refreshToken = std::move(tokens->refreshToken);
    std::optional<SecureBuffer> cacheKey =
        SecretJson::fromBase64(answer.value("cache_key"_L1).toString());
    if (!cacheKey || cacheKey->size() != CacheKeySize)
        return missing("cache_key");
    result.cacheKey = std::move(*cacheKey);
    const QJsonValue graceDays = answer.value("offline_grace_days"_L1);
    if (!graceDays.isDouble() || graceDays.toInt(-1) < 0)
        return missing("offline_grace_days");
    result.offlineGraceDays = graceDays.toInt();
    return result;
}

} // namespace nm::core
