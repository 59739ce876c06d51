using System.Buffers;
using System.Text.Json;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// Reads JSON tokens from a stream through a refilled buffer, so memory stays bounded by the largest single
/// value asked for whole (one feature), not by the file. <see cref="Utf8JsonReader"/> is a ref struct: it
/// is rebuilt on each call from the saved <see cref="JsonReaderState"/>.
/// </summary>
internal sealed class JsonChunkReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private long _linesBeforeStart;
    private JsonReaderState _state;

    public JsonChunkReader(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        SkipByteOrderMark();
    }

    /// <summary>Absolute byte offset of the next unread token.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>Bytes read from the stream so far.</summary>
    public long BytesRead => _bufferOffset + _end;

    /// <summary>1-based line of the next unread byte (newlines counted as bytes are consumed).</summary>
    public long Line => _linesBeforeStart + 1;

    /// <summary>1-based line where the last value returned by <see cref="NextValue"/> starts.</summary>
    public long ValueLine { get; private set; }

    /// <summary>Reads the next token; false at the end of the stream before any token.</summary>
    public bool Next(out JsonTokenType tokenType, out string? text)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
            if (reader.Read())
            {
                tokenType = reader.TokenType;
                text = tokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
                Advance((int)reader.BytesConsumed, reader.CurrentState);
                return true;
            }

            if (!Refill())
            {
                tokenType = JsonTokenType.None;
                text = null;
                return false;
            }
        }
    }

    /// <summary>
    /// Reads the next value whole (an object or array with all its children) and returns its bytes, valid
    /// until the next call. False when the stream ends before the value is complete (truncated input).
    /// </summary>
    public bool NextValue(out JsonTokenType tokenType, out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
            if (reader.Read())
            {
                // Taken before TrySkip, which moves the reader onto the closing bracket.
                var tokenStart = (int)reader.TokenStartIndex;
                var type = reader.TokenType;
                if (type is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                {
                    tokenType = type;
                    ValueLine = _linesBeforeStart + 1 + _buffer.AsSpan(_start, tokenStart).Count((byte)'\n');
                    value = _buffer.AsMemory(_start + tokenStart, (int)reader.BytesConsumed - tokenStart);
                    Advance((int)reader.BytesConsumed, reader.CurrentState);
                    return true;
                }
            }

            if (!Refill())
            {
                tokenType = JsonTokenType.None;
                value = default;
                return false;
            }
        }
    }

    /// <summary>Number of lines from the next unread byte to the end of what is buffered (for truncation messages).</summary>
    public long LastBufferedLine => _linesBeforeStart + 1 + _buffer.AsSpan(_start, _end - _start).Count((byte)'\n');

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Advance(int consumed, JsonReaderState state)
    {
        _linesBeforeStart += _buffer.AsSpan(_start, consumed).Count((byte)'\n');
        _start += consumed;
        _state = state;
    }

    private bool Refill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One value larger than the buffer (a big polygon): grow, keeping what is buffered.
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }

    private void SkipByteOrderMark()
    {
        while (_end < 3 && Refill())
        {
        }

        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
        }
    }
}
