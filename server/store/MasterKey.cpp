#include "server/store/MasterKey.h"

#include "core/crypto/AesGcm.h"
#include "core/crypto/SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;
using nm::core::AesGcm;
using nm::core::SecureBuffer;

namespace nm::server {

MasterKey::MasterKey(SecureBuffer key)
    : m_key(std::move(key))
{}

nm::core::Result<MasterKey, QString> MasterKey::loadOrCreate(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(u"master.key"_s);
    QFile file(path);
    if (!file.exists()) {
        SecureBuffer key = nm::core::SecureRandom::key(Size);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            out.write(key.constChars(), Size) != Size || !out.commit())
            return tr("Cannot create the master key %1: %2").arg(path, out.errorString());
        return MasterKey(std::move(key));
    }
    // Group or world access means someone else may already have the key: stop, do not fix it
    // silently.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return tr("The master key %1 is readable or writable by other users; restrict it to the "
                  "owner (chmod 600) after checking it was not copied")
            .arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the master key %1: %2").arg(path, file.errorString());
    SecureBuffer key(Size + 1);
    const qint64 read = file.read(reinterpret_cast<char *>(key.data()), Size + 1);
    if (read != Size)
        return tr("The master key %1 is damaged (expected %2 bytes)").arg(path).arg(Size);
    key.truncate(Size);
    return MasterKey(std::move(key));
}

QByteArray MasterKey::seal(const SecureBuffer &secret, const QByteArray &context) const
{
    const AesGcm::Sealed sealed = AesGcm::seal(m_key, secret, context);
    return sealed.iv + sealed.ciphertext + sealed.tag;
}

std::optional<SecureBuffer> MasterKey::open(const QByteArray &sealed,
                                            const QByteArray &context) const
{
    if (sealed.size() < AesGcm::IvSize + AesGcm::TagSize)
        return std::nullopt;
    AesGcm::Sealed parts;
    parts.iv = sealed.left(AesGcm::IvSize);
    parts.tag = sealed.right(AesGcm::TagSize);
    parts.ciphertext = sealed.mid(AesGcm::IvSize, sealed.size() - AesGcm::IvSize - AesGcm::TagSize);
    return AesGcm::open(m_key, parts, context);
}

nm::core::SecureBuffer MasterKey::derive(QByteArrayView purpose) const
{
    nm::core::SecureBuffer derived(Size);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), m_key.data(), int(m_key.size()),
              reinterpret_cast<const unsigned char *>(purpose.data()), size_t(purpose.size()),
              derived.data(), &length) ||
        length != Size)
        qFatal("MasterKey: OpenSSL could not compute HMAC-SHA256");
    return derived;
}

} // namespace nm::server
