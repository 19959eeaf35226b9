#include "core/crypto/KeyVault.h"

#include "core/crypto/PasswordKdf.h"
#include "core/crypto/SecureRandom.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>

#include <cmath>
#include <initializer_list>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

constexpr auto FormatName = "novamind-key-vault"_L1;
constexpr int FormatVersion = 1;
constexpr auto KdfAlgorithm = "argon2id"_L1;
constexpr int Argon2Version = 0x13;
constexpr auto WrapAlgorithm = "aes-256-gcm"_L1;

constexpr qsizetype SaltSize = 16;
constexpr qsizetype HalfKeySize = 32; // each of KEK and check key
constexpr qsizetype CheckSize = 32;
constexpr qsizetype DigestSize = 32;
// A key file is a few hundred bytes; anything far larger is not one, and is not read into memory.
constexpr qint64 MaxFileSize = 64 * 1024;

constexpr char CheckLabel[] = "novamind key vault password check v1";

using Error = KeyVault::Error;
using Kind = KeyVault::Error::Kind;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error tampered(const QString &path)
{
    if (path.isEmpty())
        return {Kind::Tampered,
                KeyVault::tr("The key file is damaged or has been altered, so Novamind will not "
                             "use it. Sign in while connected to the network to restore access to "
                             "your local data.")};
    return {Kind::Tampered,
            KeyVault::tr("The key file “%1” is damaged or has been altered, so Novamind will not "
                         "use it. Sign in while connected to the network to restore access to "
                         "your local data.")
                .arg(displayPath(path))};
}

Error unsupported(const QString &path)
{
    if (path.isEmpty())
        return {Kind::Unsupported,
                KeyVault::tr("The key file was written by a newer version of Novamind. Update "
                             "Novamind and try again.")};
    return {Kind::Unsupported,
            KeyVault::tr("The key file “%1” was written by a newer version of Novamind. Update "
                         "Novamind and try again.")
                .arg(displayPath(path))};
}

Error wrongPassword()
{
    return {Kind::WrongPassword,
            KeyVault::tr("The password is not correct. Check it and try again.")};
}

Result<SecureBuffer, Error> deriveKeys(QStringView password, const QByteArray &salt,
                                       const KdfParams &params)
{
    auto derived =
        PasswordKdf::derive(SecureBuffer::fromUtf8(password), salt, params, 2 * HalfKeySize);
    if (!derived)
        return Error{Kind::Io, derived.error()};
    return std::move(derived).value();
}

/// HMAC-SHA256 of the fixed label under the second half of \a keys. Not secret: it is stored.
QByteArray checkValue(const SecureBuffer &keys)
{
    QByteArray check(CheckSize, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), keys.data() + HalfKeySize, int(HalfKeySize),
              reinterpret_cast<const unsigned char *>(CheckLabel), sizeof(CheckLabel) - 1,
              reinterpret_cast<unsigned char *>(check.data()), &length) ||
        length != CheckSize)
        qFatal("KeyVault: OpenSSL could not compute HMAC-SHA256");
    return check;
}

void appendField(QByteArray &out, QLatin1StringView name, QByteArrayView value)
{
    // One "name=value" line per field, in a fixed order. Names are fixed and values (decimal,
    // base64 or fixed identifiers) never contain a newline, so no two field sets share an encoding.
    // Binary fields are re-encoded from their decoded bytes, so JSON spelling does not matter.
    out.append(name.data(), name.size()).append('=').append(value).append('\n');
}

void appendField(QByteArray &out, QLatin1StringView name, quint32 value)
{
    appendField(out, name, QByteArray::number(value));
}

// Readers for parse(): std::nullopt means the field is missing, mistyped or the wrong size.

std::optional<double> readWholeNumber(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number)
        return std::nullopt;
    return number;
}

std::optional<quint32> readUInt32(const QJsonObject &object, QLatin1StringView key)
{
    const std::optional<double> number = readWholeNumber(object, key);
    if (!number || *number < 0 || *number > 4294967295.0)
        return std::nullopt;
    return quint32(*number);
}

std::optional<QByteArray> readBinary(const QJsonObject &object, QLatin1StringView key,
                                     qsizetype size)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return std::nullopt;
    return std::move(decoded.decoded);
}

bool hasExactly(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    // Fields outside the digest would be unauthenticated, so extra ones count as tampering.
    if (object.size() != qsizetype(keys.size()))
        return false;
    for (QLatin1StringView key : keys) {
        if (!object.contains(key))
            return false;
    }
    return true;
}

} // namespace

Result<KeyVault, KeyVault::Error> KeyVault::seal(const SecureBuffer &dek, QStringView password,
                                                 const KdfParams &params)
{
    if (dek.size() != DekSize)
        return Error{Kind::Unsupported,
                     tr("The key could not be protected: it must be %1 bytes long.").arg(DekSize)};
    // parse() refuses parameters outside the bounds, so writing them would lock the user out.
    if (!params.isWithinBounds())
        return Error{Kind::Unsupported,
                     tr("The key could not be protected: the key derivation settings are outside "
                        "the range Novamind accepts.")};

    KeyVault vault;
    vault.m_params = params;
    vault.m_salt = SecureRandom::bytes(SaltSize);
    auto keys = deriveKeys(password, vault.m_salt, params);
    if (!keys)
        return keys.error();
    SecureBuffer &kek = keys.value();
    vault.m_check = checkValue(kek);
    kek.truncate(HalfKeySize);
    vault.m_wrapped = AesGcm::seal(kek, dek, vault.header());
    return vault;
}

Result<SecureBuffer, KeyVault::Error> KeyVault::unlock(QStringView password) const
{
    auto keys = deriveKeys(password, m_salt, m_params);
    if (!keys)
        return keys.error();
    SecureBuffer &kek = keys.value();
    const QByteArray check = checkValue(kek);
    if (CRYPTO_memcmp(check.constData(), m_check.constData(), size_t(CheckSize)) != 0)
        return wrongPassword();
    kek.truncate(HalfKeySize);
    // The password is right, so a failing tag can only mean the wrapped key or its associated
    // data were altered after the digest was recomputed.
    std::optional<SecureBuffer> dek = AesGcm::open(kek, m_wrapped, header());
    if (!dek)
        return tampered({});
    return std::move(*dek);
}

Result<KeyVault, KeyVault::Error> KeyVault::rewrap(QStringView oldPassword, QStringView newPassword,
                                                   const KdfParams &params) const
{
    auto dek = unlock(oldPassword);
    if (!dek)
        return dek.error();
    return seal(dek.value(), newPassword, params);
}

QByteArray KeyVault::header() const
{
    QByteArray out;
    appendField(out, "format"_L1, QByteArrayView(FormatName.data(), FormatName.size()));
    appendField(out, "version"_L1, quint32(FormatVersion));
    appendField(out, "kdf.algorithm"_L1, QByteArrayView(KdfAlgorithm.data(), KdfAlgorithm.size()));
    appendField(out, "kdf.argon2_version"_L1, quint32(Argon2Version));
    appendField(out, "kdf.memory_kib"_L1, m_params.memoryKiB);
    appendField(out, "kdf.iterations"_L1, m_params.iterations);
    appendField(out, "kdf.parallelism"_L1, m_params.parallelism);
    appendField(out, "kdf.salt"_L1, m_salt.toBase64());
    return out;
}

QByteArray KeyVault::digest() const
{
    QByteArray out = header();
    appendField(out, "wrap.algorithm"_L1,
                QByteArrayView(WrapAlgorithm.data(), WrapAlgorithm.size()));
    appendField(out, "wrap.iv"_L1, m_wrapped.iv.toBase64());
    appendField(out, "wrap.ciphertext"_L1, m_wrapped.ciphertext.toBase64());
    appendField(out, "wrap.tag"_L1, m_wrapped.tag.toBase64());
    appendField(out, "check"_L1, m_check.toBase64());
    return QCryptographicHash::hash(out, QCryptographicHash::Sha256);
}

QByteArray KeyVault::serialize() const
{
    const auto base64 = [](const QByteArray &bytes) {
        return QString::fromLatin1(bytes.toBase64());
    };
    const QJsonObject kdf{
        {"algorithm"_L1, KdfAlgorithm},
        {"argon2_version"_L1, Argon2Version},
        {"memory_kib"_L1, qint64(m_params.memoryKiB)},
        {"iterations"_L1, qint64(m_params.iterations)},
        {"parallelism"_L1, qint64(m_params.parallelism)},
        {"salt"_L1, base64(m_salt)},
    };
    const QJsonObject wrap{
        {"algorithm"_L1, WrapAlgorithm},
        {"iv"_L1, base64(m_wrapped.iv)},
        {"ciphertext"_L1, base64(m_wrapped.ciphertext)},
        {"tag"_L1, base64(m_wrapped.tag)},
    };
    const QJsonObject root{
        {"format"_L1, FormatName}, {"version"_L1, FormatVersion}, {"kdf"_L1, kdf},
        {"wrap"_L1, wrap},         {"check"_L1, base64(m_check)}, {"digest"_L1, base64(digest())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<KeyVault, KeyVault::Error> KeyVault::parse(QByteArrayView json)
{
    return parseFrom(json, {});
}

Result<KeyVault, KeyVault::Error> KeyVault::parseFrom(QByteArrayView json, const QString &path)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject())
        return tampered(path);
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != FormatName)
        return tampered(path);

    // Version and algorithms first: a newer file may be laid out differently, and should be
    // reported as such rather than as damage.
    const std::optional<double> version = readWholeNumber(root, "version"_L1);
    if (!version || *version < FormatVersion)
        return tampered(path);
    if (*version > FormatVersion)
        return unsupported(path);
    const QJsonValue kdfValue = root.value("kdf"_L1);
    const QJsonValue wrapValue = root.value("wrap"_L1);
    if (!kdfValue.isObject() || !wrapValue.isObject())
        return tampered(path);
    const QJsonObject kdf = kdfValue.toObject();
    const QJsonObject wrap = wrapValue.toObject();
    const QJsonValue kdfAlgorithm = kdf.value("algorithm"_L1);
    const QJsonValue wrapAlgorithm = wrap.value("algorithm"_L1);
    const std::optional<double> argon2Version = readWholeNumber(kdf, "argon2_version"_L1);
    if (!kdfAlgorithm.isString() || !wrapAlgorithm.isString() || !argon2Version)
        return tampered(path);
    if (kdfAlgorithm.toString() != KdfAlgorithm || *argon2Version != Argon2Version ||
        wrapAlgorithm.toString() != WrapAlgorithm)
        return unsupported(path);

    if (!hasExactly(root,
                    {"format"_L1, "version"_L1, "kdf"_L1, "wrap"_L1, "check"_L1, "digest"_L1}) ||
        !hasExactly(kdf, {"algorithm"_L1, "argon2_version"_L1, "memory_kib"_L1, "iterations"_L1,
                          "parallelism"_L1, "salt"_L1}) ||
        !hasExactly(wrap, {"algorithm"_L1, "iv"_L1, "ciphertext"_L1, "tag"_L1}))
        return tampered(path);

    const auto memoryKiB = readUInt32(kdf, "memory_kib"_L1);
    const auto iterations = readUInt32(kdf, "iterations"_L1);
    const auto parallelism = readUInt32(kdf, "parallelism"_L1);
    auto salt = readBinary(kdf, "salt"_L1, SaltSize);
    auto iv = readBinary(wrap, "iv"_L1, AesGcm::IvSize);
    auto ciphertext = readBinary(wrap, "ciphertext"_L1, DekSize);
    auto tag = readBinary(wrap, "tag"_L1, AesGcm::TagSize);
    auto check = readBinary(root, "check"_L1, CheckSize);
    const auto storedDigest = readBinary(root, "digest"_L1, DigestSize);
    if (!memoryKiB || !iterations || !parallelism || !salt || !iv || !ciphertext || !tag ||
        !check || !storedDigest)
        return tampered(path);

    KeyVault vault;
    vault.m_params = {*memoryKiB, *iterations, *parallelism};
    vault.m_salt = std::move(*salt);
    vault.m_wrapped = {std::move(*iv), std::move(*ciphertext), std::move(*tag)};
    vault.m_check = std::move(*check);
    if (vault.digest() != *storedDigest)
        return tampered(path);
    // Checked even when the digest matches: the digest is not keyed, so anyone can recompute it
    // after raising the costs to exhaust memory, or lowering them to ease brute force.
    if (!vault.m_params.isWithinBounds())
        return tampered(path);
    return vault;
}

Status<KeyVault::Error> KeyVault::save(const QString &path) const
{
    const auto ioError = [&path](const QString &reason) {
        return Error{Kind::Io,
                     tr("Novamind could not save the key file “%1”: %2. Check that the disk is "
                        "not full and that you may write to that folder.")
                         .arg(displayPath(path), reason)};
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(file.errorString());
    // Restricted before any byte is written, on the temporary file that commit() renames into
    // place: chmod after commit would leave a window in which others could open the file.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ioError(reason);
    }
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(file.errorString());
    return Done{};
}

Result<KeyVault, KeyVault::Error> KeyVault::load(const QString &path)
{
    QFile file(path);
    const auto ioError = [&path, &file] {
        return Error{Kind::Io, tr("Novamind could not read the key file “%1”: %2. Check that the "
                                  "file exists and that you may read it.")
                                   .arg(displayPath(path), file.errorString())};
    };
    if (!file.open(QIODevice::ReadOnly))
        return ioError();
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return ioError();
    if (bytes.size() > MaxFileSize)
        return tampered(path);
    return parseFrom(bytes, path);
}

} // namespace nm::core
